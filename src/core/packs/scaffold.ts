// "Kindly: New Pack": the files of a small pack that loads with zero problems and shows every part of
// the format (manifest, a template, an article, a greeting and a closing, a lint rule with examples).

export interface ScaffoldOptions {
  id: string;
  name: string;
  companyName?: string;
}

/** Turns a display name into a pack id: "Acme Support" → "acme-support". */
export function packIdFromName(name: string): string {
  const id = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'my-pack';
}

/** Relative path → file content. */
export function scaffoldPack(o: ScaffoldOptions): Record<string, string> {
  const manifest = {
    id: o.id,
    name: o.name,
    version: '0.1.0',
    description: `Reply templates, help articles and phrasing rules for ${o.name}.`,
    languages: ['en'],
    ...(o.companyName ? { company: { name: o.companyName } } : {}),
    synonyms: { refund: ['money back', 'reimbursement'] },
  };
  return {
    'kindly-pack.json': JSON.stringify(manifest, null, 2) + '\n',
    'templates/refund-approved.md': [
      '---',
      'id: refund-approved',
      'title: Refund approved',
      'tags: [refund, billing, money back]',
      'lang: en',
      'channel: [email, chat]',
      '---',
      'Good news: your refund for order {{order.id | "your order"}} has been approved.',
      'The money will be back on your original payment method within 5 business days.',
      '',
    ].join('\n'),
    'articles/refund-timeline.md': [
      '---',
      'id: refund-timeline',
      'title: How long does a refund take?',
      'tags: [refund, billing]',
      'lang: en',
      '---',
      '# How long does a refund take?',
      '',
      'Once a refund is approved, it reaches you within **5 business days**.',
      '',
      '| Payment method | Time |',
      '|---|---|',
      '| Card | 3–5 business days |',
      '| Wallet | 1 business day |',
      '',
    ].join('\n'),
    'phrases/en.json': JSON.stringify({
      phrases: [
        { id: 'greeting-email', kind: 'greeting', lang: 'en', channel: 'email', title: 'Email greeting', text: 'Hello {{customer.firstName | "there"}}, thank you for contacting {{company.name | "us"}}.' },
        { id: 'closing-email', kind: 'closing', lang: 'en', channel: 'email', title: 'Email closing', text: 'Thank you for the opportunity to help you today, {{customer.firstName | "friend"}}.\n{{agent.name | "The support team"}}' },
      ],
    }, null, 2) + '\n',
    'rules/house-style.json': JSON.stringify({
      rules: [
        {
          id: 'house-no-per-policy',
          category: 'jargon-policy',
          severity: 'warning',
          lang: 'en',
          phrases: ['as per policy'],
          message: 'Explain the reason in plain words instead of pointing at a policy.',
          rewrites: ['so that your account stays secure'],
          examples: { flag: ['We did this as per policy.'], pass: ['We did this so that your account stays secure.'] },
        },
      ],
    }, null, 2) + '\n',
    'README.md': `# ${o.name}\n\nA Kindly pack. Edit the files below; Kindly reloads them on save and shows problems in the Problems panel.\n\n- \`kindly-pack.json\` — the manifest\n- \`templates/\` — saved replies (Markdown with a front-matter header)\n- \`articles/\` — FAQ / help-centre articles\n- \`phrases/\` — greetings and closings\n- \`rules/\` — lint rules, each with examples that are checked on load\n\nCheck it from a terminal or CI with \`npx kindly packs check .\`\n`,
  };
}
