/**
 * Redaction over realistic support e-mails, logs, curl commands and config files
 * (redact-corpus/*.txt) with credentials planted at test time, checked two ways: every
 * planted value is gone, and everything secretlint's recommended rule set reports is gone.
 * The details support needs (redact-keep.txt) pass through untouched.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../../src/lib/composer/redact.ts';
import { Rand, SECRET_SHAPES, SHAPE_NAMES, plant, secretParts } from '../../../support/secrets.ts';
import { secretlintFindings } from '../../../support/secretlint.ts';

const DIR = join(import.meta.dirname, 'redact-corpus');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const KEEP = readFileSync(join(import.meta.dirname, 'redact-keep.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

/** Details that appear in the corpus files and must survive redaction there too. */
const DETAILS = [
  'acme_erp_integration_prod',
  '0f8fad5b-d9cb-469f-a165-70867728950e',
  '3b241101-e2bb-4255-8caf-4136c566a962',
  '1234567',
  'https://api.example.com/controller/api/v1/customer',
  '"code": 400',
  '0150 Oslo',
  'HTTP 503',
  'User ID=erp_app',
  'AccountName=acmeerpstorage',
  'X-Amz-Date=20261126T081404Z',
  'erp_integration',
];

describe('redact over the corpus of support requests', () => {
  it('has a corpus worth the name', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  for (const seed of [17, 4242]) {
    for (const file of FILES) {
      it(`${file} (seed ${seed}): no planted credential and nothing secretlint finds survives`, async () => {
        const { text, planted } = plant(readFileSync(join(DIR, file), 'utf8'), new Rand(seed));
        const out = redact(text).text;
        const leaked = planted.filter((p) => secretParts(p.value).some((part) => out.includes(part)));
        expect(leaked, `planted credentials still in the redacted ${file}`).toEqual([]);
        const found = await secretlintFindings(text, file);
        const missed = found.filter((f) => out.includes(f.text));
        expect(missed, `secretlint findings still in the redacted ${file}`).toEqual([]);
        for (const detail of DETAILS)
          if (text.includes(detail)) expect(out, `${file} lost "${detail}"`).toContain(detail);
      });
    }
  }

  it('the oracle is awake: secretlint finds the provider tokens the corpus plants', async () => {
    const r = new Rand(7);
    const recognised = [
      'githubToken',
      'slackToken',
      'stripeKey',
      'npmToken',
      'openaiKey',
      'sendgridKey',
      'pemRsa',
      'pemOpenssh',
    ] as const;
    for (const shape of recognised) {
      const found = await secretlintFindings(`value ${SECRET_SHAPES[shape](r)}\n`);
      expect(found.length, shape).toBeGreaterThan(0);
    }
  });

  it('every kind of credential the generator knows is planted somewhere in the corpus', () => {
    const all = FILES.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
    const unused = SHAPE_NAMES.filter((s) => !all.includes(`{{${s}}}`) && !all.includes(`{{${s}#`));
    expect(unused).toEqual([]);
  });
});

describe('redact keeps what support needs', () => {
  it.each(KEEP)('%s', (line) => {
    expect(redact(line)).toEqual({ text: line, removed: [] });
  });
});
