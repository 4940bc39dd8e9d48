/**
 * Queries a developer at an ISV might type into the header search, each with the results a
 * reader would accept first (a site path with its anchor, as a regular expression over
 * "/path/#anchor"). Judged by reading the content, not by what the search returned. Used by
 * `node scripts/search-eval.ts`; a few of them are kept as a regression test in
 * tests/e2e/search-ranking.test.ts.
 */
/**
 * How many of QUERIES must have a right first result: `npm run search:eval` (run by `npm test`)
 * fails below it. Raise it when the ranking gets better; never lower it to land a change.
 */
export const FLOOR = 79;

export interface EvalQuery {
  query: string;
  /** Acceptable first results. */
  want: RegExp;
}

const term = (...slugs: string[]) => new RegExp(`^/glossary/(${slugs.join('|')})/(#term-title)?$`);
const PARTNER = /^\/(channels\/#partner-service-of-your-market|scope\/#referred-elsewhere)$/;
const ERP_SUPPORT = /^\/(channels\/#financials-erp-support-of-your-market|scope\/#referred-elsewhere)$/;
const EMAIL = /^\/channels\/#api-support-by-e-mail$/;
const COVERED = /^\/scope\/#covered$/;
const NOT_COVERED = /^\/scope\/#not-covered$/;
const NOT_COVERED_OR_POLICY = /^\/(scope\/#not-covered|policy\/#what-we-cannot-promise)$/;
const COVERED_OR_EMAIL = /^\/(scope\/#covered|channels\/#api-support-by-e-mail)$/;
const CHECKLIST = /^\/checklist\/$/;
const NEXT = /^\/(checklist\/#what-may-happen-next|policy\/#how-a-case-runs)$/;

export const QUERIES: EvalQuery[] = [
  // A term's name or alias, alone or inflected.
  { query: 'secret', want: term('client-secret') },
  { query: 'redirect', want: term('redirect-uri') },
  { query: 'user', want: term('user-financials-erp', 'user-visma-net-integrations') },
  { query: 'users', want: term('user-financials-erp', 'user-visma-net-integrations') },
  { query: 'customer', want: term('customer') },
  { query: 'customers', want: term('customer') },
  { query: 'what is an isv', want: term('isv') },
  { query: 'isvs', want: term('isv') },
  { query: 'client ids', want: term('client-id') },
  { query: 'status codes', want: term('http-status-code') },
  { query: 'database', want: term('db') },
  { query: 'company database', want: term('db') },
  { query: 'endpoints', want: term('endpoint') },
  { query: 'what does dto mean', want: term('dto') },
  { query: "what's an endpoint", want: term('endpoint') },
  { query: 'callback url', want: term('redirect-uri') },
  { query: 'authorization code', want: term('redirect-uri') },
  // A term named inside a longer query.
  { query: 'client secret lost', want: term('client-secret') },
  { query: 'redirect uri mismatch', want: term('redirect-uri') },
  { query: 'status code 401', want: term('http-status-code') },
  { query: 'http status code meaning', want: term('http-status-code') },
  { query: 'dto missing field', want: /^\/(glossary\/dto\/(#term-title)?|scope\/#covered|checklist\/)$/ },
  {
    query: 'isv partner',
    want: /^\/(glossary\/isv\/(#term-title)?|policy\/#who-we-support|channels\/#partner-service-of-your-market)$/,
  },
  { query: '401 unauthorized', want: /^\/(glossary\/http-status-code\/(#term-title)?|checklist\/)$/ },
  // Where to ask.
  { query: 'who do I contact for a new client id', want: PARTNER },
  {
    query: 'new client id',
    want: /^\/(glossary\/client-id\/(#term-title)?|channels\/#partner-service-of-your-market|scope\/#referred-elsewhere)$/,
  },
  {
    query: 'how do I get a client id',
    want: /^\/(glossary\/client-id\/(#term-title)?|channels\/#partner-service-of-your-market|scope\/#referred-elsewhere)$/,
  },
  { query: 'who issues a production client', want: PARTNER },
  { query: 'production clients', want: PARTNER },
  { query: 'integration test phase finished', want: PARTNER },
  { query: 'partner service', want: /^\/channels\/#partner-service-of-your-market$/ },
  { query: 'isv partner service', want: PARTNER },
  { query: 'erp user interface question', want: ERP_SUPPORT },
  { query: 'ERP user interface configuration', want: ERP_SUPPORT },
  { query: 'financials support', want: ERP_SUPPORT },
  { query: 'financials erp support', want: /^\/channels\/#financials-erp-support-of-your-market$/ },
  { query: 'configure a company in financials', want: ERP_SUPPORT },
  { query: 'setting up modules', want: ERP_SUPPORT },
  { query: 'support email', want: EMAIL },
  { query: 'contact support', want: EMAIL },
  { query: 'email address for api support', want: EMAIL },
  { query: 'e-mail', want: EMAIL },
  { query: 'VNI-Support@visma.com', want: EMAIL },
  { query: 'where to send bug reports', want: /^\/(channels\/#api-support-by-e-mail|scope\/#covered)$/ },
  { query: 'developer forum', want: /^\/(channels\/#developer-forum|policy\/#where-this-policy-is-published)$/ },
  // What is covered.
  // The policy's "What we cannot promise" says it outright too: "We do not write or debug code for third-party software".
  { query: 'can you debug my code', want: NOT_COVERED_OR_POLICY },
  { query: 'will support write code for us', want: NOT_COVERED },
  { query: 'third party software', want: NOT_COVERED_OR_POLICY },
  { query: 'bug report', want: COVERED },
  { query: 'feature request', want: COVERED },
  { query: 'feature requests', want: COVERED },
  { query: 'code example', want: COVERED },
  { query: 'code examples', want: COVERED },
  // Covered, and where to write: both answer.
  { query: 'json syntax error', want: COVERED_OR_EMAIL },
  { query: 'endpoint behavior', want: COVERED_OR_EMAIL },
  { query: 'where do I ask about endpoint behaviour', want: /^\/(scope\/#covered|channels\/#api-support-by-e-mail)$/ },
  { query: 'troubleshooting', want: COVERED_OR_EMAIL },
  { query: 'is my question covered', want: /^\/scope\/(#covered|#who-handles-my-question)?$/ },
  { query: 'what does api support cover', want: /^\/scope\/(#covered|#who-handles-my-question)?$/ },
  { query: 'who does api support help', want: /^\/policy\/#who-we-support$/ },
  // How to ask, and what happens then.
  {
    query: 'how to report a problem',
    want: /^\/(checklist\/|channels\/#api-support-by-e-mail|policy\/#how-a-case-runs)$/,
  },
  { query: 'what to include in a support request', want: CHECKLIST },
  { query: 'what information should I send', want: CHECKLIST },
  { query: 'response body', want: CHECKLIST },
  { query: 'request body', want: CHECKLIST },
  { query: 'correlation id', want: CHECKLIST },
  { query: 'time zone', want: CHECKLIST },
  { query: 'http method', want: CHECKLIST },
  { query: 'access token', want: CHECKLIST },
  { query: 'test case', want: NEXT },
  {
    query: 'reproduce outside my application',
    want: /^\/(checklist\/(#what-may-happen-next)?|policy\/#how-a-case-runs)$/,
  },
  { query: 'restore database', want: NEXT },
  { query: 'data owner approval', want: NEXT },
  {
    query: 'support cannot diagnose the problem',
    want: /^\/(policy\/#what-we-cannot-promise|checklist\/#what-may-happen-next)$/,
  },
  {
    query: 'policy last updated',
    want: /^\/(changes\/(#2021-10-02-support-policy)?|policy\/#where-this-policy-is-published)$/,
  },
  // Slips of the keyboard, as typed on a phone.
  { query: 'clinet secret', want: term('client-secret') },
  { query: 'redirct uri', want: term('redirect-uri') },
  { query: 'lcient id', want: term('client-id') },
  { query: 'endpiont', want: term('endpoint') },
  { query: 'who issues a prodution clinet', want: PARTNER },
  { query: 'feture request', want: COVERED_OR_EMAIL },
  { query: 'erp user interfase', want: ERP_SUPPORT },
];
