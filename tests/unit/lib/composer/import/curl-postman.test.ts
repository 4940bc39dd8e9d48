/**
 * The curl reader against Postman's own code generator in every layout its cURL export
 * offers: one line or many, long or short options, single or double quotes, and the line
 * ends of bash (\), cmd (^) and PowerShell (`). Postman quotes for bash in all of them, so
 * bash itself is the oracle: the reader must see the words bash hands to curl.
 */
import { describe, expect, it } from 'vitest';
import { detectShell, parseCurl, splitBash } from '../../../../../src/lib/composer/import/curl.ts';
import { bashArgv, hasBash } from '../../../../support/bash.ts';
import { POSTMAN_BODY, POSTMAN_LAYOUTS, postmanCurl } from '../../../../support/postman-curl.ts';

/** What bash passes to curl, with Postman's other line ends read as bash's: Postman quotes for bash in every layout. */
const bashArgvOf = (command: string) => bashArgv(command.replace(/[`^](\r?\n)/g, '\\$1'));

const SECRETS = ['eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9', 'a1b2c3d4e5', 'QSTOKEN9f8e7d6c5b4a'];

describe.skipIf(!hasBash)("parseCurl: Postman's cURL export in each of its layouts", () => {
  for (const layout of POSTMAN_LAYOUTS) {
    it(`${JSON.stringify(layout)}: the words bash gives curl; method, URL, headers and body; secrets dropped`, () => {
      const command = postmanCurl(layout);
      const argv = bashArgvOf(command);
      expect(detectShell(command)).toBe('bash');
      expect(splitBash(command).words.slice(1)).toEqual(argv);
      const call = parseCurl(command);
      expect(call.method).toBe('POST');
      expect(call.url).toBe('https://api.example.com/controller/api/v1/salesorder?expand=lines&access_token=[REMOVED]');
      expect(call.requestHeaders).toContainEqual(['ipp-company-id', '1234567']);
      expect(call.requestBody).toBe(argv[argv.findIndex((a) => /^(--data|-d)/.test(a)) + 1]);
      // In double quotes Postman writes "!" as "\!" (bash keeps both) and leaves "\\" alone (bash makes it "\"),
      // so curl would send another body than the one in Postman: the reader reads what curl would send.
      if (layout.quoteType === 'single') expect(call.requestBody).toBe(POSTMAN_BODY);
      const kept = JSON.stringify(call.requestHeaders) + call.url;
      for (const secret of SECRETS) expect(kept).not.toContain(secret);
      expect(call.dropped).toContain('the Authorization header');
    });
  }
});
