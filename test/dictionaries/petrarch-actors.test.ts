import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPetrarch } from '../../src/dictionaries/petrarch/convert.js';
import { petrarchDate, readActorCode } from '../../src/dictionaries/petrarch/codes.js';
import { roleAt } from '../../src/stages/find-actors/roles.js';

const ACTORS = `# actors
ARNOR_  [ARN]
+ARNORIAN
GOLLUM  # dated codes on their own lines, each an interval, an open end or a bound
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
BASHAR_AL-ASSAD
+ASSAD_
	[SYRGOV 000717-241208]
WHITE_HOUSE  [USAGOV] #jw 9/14/91
LORIEN  [ELR/GAL]
ABDUL_QADIR_  ; CountryInfo.txt
NUR_TARAKI_
	[AFGELI 620101-780427]
	[AFGGOV 780427-780430]
	[AFGELI]
BAD_DATE
	[XXX 20101345-20111231]
`;

const AGENTS = `!PERSON! = MAN, MEN, WOMAN
PRESIDENT [~GOV] # regular plural
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
NOCODE
`;

const DISCARDS = `+TYPHOON   # story
BASEBALL
WORLD BOXING COUNCIL
`;

const { dictionary: d, issues } = convertPetrarch([
  { file: 'test.actors.txt', kind: 'actors', text: ACTORS },
  { file: 'test.agents.txt', kind: 'agents', text: AGENTS },
  { file: 'test.discards.txt', kind: 'discards', text: DISCARDS },
]);

test('dates: yymmdd (00-30 = 20yy) and yyyymmdd to ISO; invalid dates refused', () => {
  assert.equal(petrarchDate('000717'), '2000-07-17');
  assert.equal(petrarchDate('241208'), '2024-12-08');
  assert.equal(petrarchDate('450703'), '1945-07-03');
  assert.equal(petrarchDate('19950601'), '1995-06-01');
  assert.equal(petrarchDate('950231'), null);
  assert.deepEqual(readActorCode('SYRGOV 000717-241208'), { code: 'SYRGOV', from: '2000-07-17', to: '2024-12-08', dated: true });
  assert.deepEqual(readActorCode('HOB < 950601'), { code: 'HOB', from: null, to: '1995-06-01', dated: true });
  assert.deepEqual(readActorCode('HOBREB >990816'), { code: 'HOBREB', from: '1999-08-16', to: null, dated: true });
});

test('actors become countries (plain 3-letter code), people (dated codes) and organisations', () => {
  assert.deepEqual(d.countries.map((c) => [c.code, c.names]), [['ARN', ['Arnor', 'Arnorian']]]);
  assert.deepEqual(d.orgs.map((o) => [o.code, o.names]), [['USAGOV', ['White House']]]);
  const gollum = d.people.find((p) => p.names.includes('Smeagol'))!;
  assert.deepEqual(gollum.roles, [
    { code: 'HOB', from: null, to: '1995-06-01' },
    { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
    { code: 'HOBREB', from: '1999-08-16', to: null },
  ]);
  const assad = d.people.find((p) => p.names.includes('Assad'))!;
  assert.equal(roleAt(assad.roles, '2011-03-15')?.code, 'SYRGOV');
  assert.equal(roleAt(assad.roles, '2025-01-01'), null, 'open after the end of the period');
});

test('phrases before any code share the codes that follow; a plain code is the default role', () => {
  const taraki = d.people.find((p) => p.names.includes('Abdul Qadir'))!;
  assert.deepEqual(taraki.names, ['Abdul Qadir', 'Nur Taraki']);
  assert.equal(roleAt(taraki.roles, '1978-04-28')?.code, 'AFGGOV');
  assert.equal(roleAt(taraki.roles, '1990-01-01')?.code, 'AFGELI', 'the default code applies outside every period');
});

test('agents: suffix and prefix codes, plurals, null plurals, substitution sets', () => {
  const agent = (code: string) => d.agents.find((a) => a.code === code)!;
  assert.deepEqual(agent('GOV').names, ['president', 'presidents']);
  assert.deepEqual(agent('COP').names, ['police']);
  assert.deepEqual(agent('GGS').names, ['golden goose', 'golden geese']);
  assert.deepEqual(agent('LEG').names, ['congressman', 'congressmen', 'congresswoman']);
  assert.equal(agent('NGO').prefix, true);
  assert.equal(agent('GOV').prefix, undefined);
});

test('discards: a + marks a story discard; words join as one phrase', () => {
  assert.deepEqual(d.discards.map((x) => [x.scope, x.text]), [['story', 'typhoon'], ['sentence', 'baseball'], ['sentence', 'world_boxing_council']]);
});

test('every unusable entry is an issue with file and line', () => {
  const at = (file: string, line: number) => issues.filter((i) => i.file === file && i.line === line).map((i) => i.message).join(' | ');
  assert.match(at('test.actors.txt', 13), /Lorien has no usable code .*ELR\/GAL names several actors/);
  assert.match(at('test.actors.txt', 20), /"20101345" is not a date/);
  assert.match(at('test.actors.txt', 19), /Bad Date has no usable code/);
  assert.match(at('test.agents.txt', 7), /"NOCODE" has no \[code\]/);
  assert.equal(issues.length, 4);
});
