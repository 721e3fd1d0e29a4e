import { parseArgs } from 'node:util';
import { generatePartnerSdk } from './partner-sdk';
import { runCli } from './with-services';

/** `npm run sdk -- --url URL [--token T | --api-key K] [--out sdk] [--documents 'src/**\/*.graphql']` */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'api-key': { type: 'string' },
      out: { type: 'string', default: 'sdk' },
      documents: { type: 'string' },
    },
  });
  if (!values.url)
    throw new Error(
      "Usage: npm run sdk -- --url https://graph.example/graphql [--token T | --api-key K] [--out sdk] [--documents 'src/**/*.graphql']",
    );
  const files = await generatePartnerSdk({
    url: values.url,
    token: values.token,
    apiKey: values['api-key'],
    out: values.out!,
    documents: values.documents,
  });
  for (const file of files) process.stdout.write(`wrote ${file}\n`);
});
