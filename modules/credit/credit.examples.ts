import type { ExplorerExample } from '../platform/module';

/** A public credit score and the rules behind it, for the explorer of a development server. */
export const creditExamples: ExplorerExample[] = [
  {
    query: `# A credit score with its explanation (公共信用评价及其依据): every rule that moved the score, with its points.
# For one enterprise, ask enterpriseByUscc(uscc: "…") for the same fields.
query CreditScoreExplained {
  enterprises(first: 3) {
    nodes {
      name
      uscc
      creditScore {
        score
        grade
        ruleSet
        computedAt
        explanation { rule description points }
      }
    }
  }
}`,
  },
];
