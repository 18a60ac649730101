import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../../src/stages/extract-text/dateline.js';

test('a Wikinews date line gives the publication day', () => {
  const text = 'Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk.';
  assert.deepEqual(findDateline(text), { published: '2019-01-04', text: 'Friday, January 4, 2019', start: 0, end: 23, yearStated: true });
});

test('a wire dateline with a year gives the day; without a year it gives none', () => {
  const withYear = findDateline('WASHINGTON, March 14, 2025 (AP) — The Senate passed the bill.');
  assert.equal(withYear?.published, '2025-03-14');
  assert.equal(withYear?.text, 'WASHINGTON, March 14, 2025 (AP)');
  const noYear = findDateline('MOSCOW, July 25 (Reuters) — Russian President Vladimir Putin met Bashar Assad.');
  assert.deepEqual(noYear, { published: null, text: 'MOSCOW, July 25 (Reuters)', start: 0, end: 25, yearStated: false });
  const cityCountry = findDateline('KYIV, Ukraine, March 12 (AP) - Drones struck the city overnight.');
  assert.equal(cityCountry?.text, 'KYIV, Ukraine, March 12 (AP)');
  assert.equal(cityCountry?.yearStated, false);
});

test('a date leading the first paragraph gives the day', () => {
  const found = findDateline('Kremlin talks\n\nJuly 25, 2024 — Russian President Vladimir Putin met Bashar Assad.');
  assert.equal(found?.published, '2024-07-25');
  assert.equal(found?.start, 15);
  assert.equal(found?.text, 'July 25, 2024');
});

test('ordinary openings, relative days and dates deep in the text are not datelines', () => {
  assert.equal(findDateline('Russian President Vladimir Putin met Syrian President Bashar Assad on July 25, 2024.'), null);
  assert.equal(findDateline('Yesterday\n\nTroops crossed the border.'), null);
  assert.equal(findDateline('By Tuesday, troops had pushed past the river.'), null);
  assert.equal(findDateline('One.\nTwo.\nThree.\nJuly 25, 2024 — Four.'), null);
});
