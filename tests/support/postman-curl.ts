/**
 * curl commands as Postman writes them: its own code generator (postman-code-generators,
 * the cURL export of the "Code" panel), run here on a request like the failing one in
 * tests/fixtures/import/, with the same secrets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Request } = require('postman-collection') as { Request: new (definition: unknown) => unknown };
const curlCodegen = require('postman-code-generators/codegens/curl') as {
  convert(request: unknown, options: Record<string, unknown>, done: (error: unknown, snippet: string) => void): void;
};

export const POSTMAN_BODY = readFileSync('tests/fixtures/import/request-body.json', 'utf8');

const REQUEST = {
  method: 'POST',
  url: 'https://api.example.com/controller/api/v1/salesorder?expand=lines&access_token=QSTOKEN9f8e7d6c5b4a',
  header: [
    { key: 'Content-Type', value: 'application/json' },
    { key: 'ipp-company-id', value: '1234567' },
    {
      key: 'Authorization',
      value:
        'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJjbGllbnRfaWQiOiJ2aXNtYV90ZXN0X2NsaWVudF8xMjM0In0.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA',
    },
    { key: 'Cookie', value: 'ARRAffinity=a1b2c3d4e5' },
  ],
  body: { mode: 'raw', raw: POSTMAN_BODY },
};

export interface PostmanLayout {
  /** The export's line end: bash, cmd or PowerShell. */
  lineContinuationCharacter: '\\' | '^' | '`';
  quoteType: 'single' | 'double';
  multiLine: boolean;
  longFormat: boolean;
}

/** Every layout Postman's cURL export offers. */
export const POSTMAN_LAYOUTS: PostmanLayout[] = (['\\', '^', '`'] as const).flatMap((lineContinuationCharacter) =>
  (['single', 'double'] as const).flatMap((quoteType) =>
    [true, false].flatMap((multiLine) =>
      [true, false].map((longFormat) => ({ lineContinuationCharacter, quoteType, multiLine, longFormat })),
    ),
  ),
);

/** The command Postman exports for the failing request, in one layout (the default: bash, single quotes, lines). */
export function postmanCurl(
  layout: PostmanLayout = { lineContinuationCharacter: '\\', quoteType: 'single', multiLine: true, longFormat: true },
): string {
  let snippet = '';
  curlCodegen.convert(new Request(REQUEST), { ...layout, trimRequestBody: false }, (error, text) => {
    if (error) throw error;
    snippet = text;
  });
  return snippet;
}
