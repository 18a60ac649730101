import { test } from 'node:test';
import assert from 'node:assert/strict';
import { furnitureRuleFor, isFurnitureLine } from '../../../src/stages/extract-text/furniture.js';

const FURNITURE: Array<[string, string]> = [
  ['Did you read this?', 'teaser'],
  ['You may also like', 'teaser'],
  ['Most read', 'teaser'],
  ['Read more', 'read-more'],
  ['READ MORE: Turkey and Syria edge towards renewed ties', 'read-more'],
  ['Read also: Kremlin says talks were "useful"', 'read-more'],
  ['Related: Ukraine says talks with Moscow are off', 'read-more'],
  ['Related stories', 'read-more'],
  ['See also: Syrian civil war', 'read-more'],
  ['Share this', 'share'],
  ['Share this article', 'share'],
  ['Share on Facebook', 'share'],
  ['Share on Twitter', 'share'],
  ['Facebook Twitter WhatsApp Email', 'share'],
  ['Share | Tweet | Email', 'share'],
  ['Subscribe now for unlimited access', 'subscribe'],
  ['Sign up for our newsletter', 'subscribe'],
  ["Get the day's top world stories in your inbox.", 'subscribe'],
  ['Advertisement', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['Follow us on Twitter', 'follow'],
  ['Follow Example Daily on Facebook and Instagram', 'follow'],
  ['Click here to read the full report', 'click-here'],
  ['Copyright © 2024 Example Daily. All rights reserved.', 'copyright'],
  ['© 2019 World Wire', 'copyright'],
  ['Example Media Group. All rights reserved.', 'copyright'],
  ['By Jane Doe', 'byline'],
  ['By Jane Doe and John Roe, Reuters', 'byline'],
  ['BY JANE DOE | July 25, 2024 2:30 PM', 'byline'],
  ['By Ahmed al-Sharaa Jr., Staff Writer', 'byline'],
  ['By Reuters', 'byline'],
  ['Reporting by Guy Faulconbridge; Editing by Kevin Liffey', 'byline'],
  ['Photo: Jane Doe / Getty Images', 'photo-credit'],
  ['Image: Nicholas Moreau.', 'photo-credit'],
  ['Protesters at the march. Image: Andrew Gray.', 'photo-credit'],
  ['(AP Photo/Evan Vucci)', 'photo-credit'],
  ['President Putin and President Assad meet at the Kremlin. (AP Photo/Alexander Zemlianichenko)', 'photo-credit'],
  ['Smoke rises over Khan Younis. (Reuters/Mohammed Salem)', 'photo-credit'],
  ['File photo', 'photo-credit'],
  ['File photo of the Kremlin in Moscow', 'photo-credit'],
  ['Updated 10:00 GMT, 15 March 2019', 'timestamp'],
  ['Published: July 25, 2024', 'timestamp'],
  ['Listen to this article', 'page-control'],
  ['Back to top', 'page-control'],
];

const STORY = [
  'By Tuesday, troops had pushed past the river and taken two villages, the army said.',
  'By Tuesday, Russian diplomats had also met Turkish officials in Ankara.',
  'By law, all male permanent residents of the United States over the age of 18 must register.',
  'By contrast, Turkey supported the opposition.',
  'By 2025 the army had doubled in size.',
  'Related talks were held in Geneva last week.',
  'Share prices fell 3% in Moscow on Monday after the central bank raised rates.',
  'Follow-up talks are planned for next month, officials said.',
  'Subscribers to the state news agency were told of the meeting first.',
  'The newsletter, published by exiled journalists, reported the arrests.',
  'Photographers were barred from the courtroom.',
  'Russian President Vladimir Putin met with Syrian President Bashar Assad at the Kremlin.',
  'Published reports in 2019 said the army had moved 2,000 troops to the border.',
  'Updated figures from the ministry show 39 people died.',
  'Advertising revenue at state media fell, the report said.',
  'Click',
  'The image showed soldiers crossing the border, the ministry said.',
];

test('furniture lines are recognised, each by the rule that names it', () => {
  for (const [line, rule] of FURNITURE) assert.equal(furnitureRuleFor(line), rule, line);
});

test('story sentences, including ones that start like furniture, are kept', () => {
  for (const line of STORY) assert.equal(isFurnitureLine(line), false, line);
});

test('a long paragraph is never furniture, whatever it starts with', () => {
  const long = `Read more than ${'a hundred reports, '.repeat(30)}the minister said.`;
  assert.equal(isFurnitureLine(long), false);
});
