/**
 * secretlint's recommended rule set as an oracle: what a recognised secret scanner finds
 * in a text. Tests only; never shipped.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

export interface Finding {
  ruleId: string;
  messageId: string;
  /** The text the rule reported. */
  text: string;
}

/**
 * AWS account ids (`aws_account_id = 1234-5678-9012`) identify an account and grant
 * nothing, so support may see them; every other finding is a credential.
 */
const NOT_CREDENTIALS = ['AWSAccountID'];

export async function secretlintFindings(content: string, filePath = 'support-request.txt'): Promise<Finding[]> {
  const result = await lintSource({
    source: { content, filePath, ext: filePath.replace(/^.*(?=\.)/, ''), contentType: 'text' },
    options: {
      config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] },
      noPhysicFilePath: true,
    },
  });
  return result.messages
    .filter((m) => !NOT_CREDENTIALS.includes(m.messageId))
    .map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, text: content.slice(m.range[0], m.range[1]) }));
}
