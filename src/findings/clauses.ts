/**
 * The clause ids of `../shared/policy/CLAUSES.md`: every finding, trace step and rule cites one,
 * so a reader can go from a result to the sentence of the policy that justifies it.
 * Source: 攀枝花市集体经济补助城乡居民基本养老保险参保缴费试点实施意见 (2024-09-24) and its annexes.
 */
export const clauses = {
  "opinion/2": { where: "二、工作目标", gloss: "pilot in 2024; roll out from 2025 to every organisation able to pay" },
  "opinion/3.1": { where: "三（一）试点范围", gloss: "a village/community or a villagers' group may pilot" },
  "opinion/3.2": { where: "三（二）补助对象", gloss: "members enrolled that year and paying normally; no subsidy for a one-time back-paid period" },
  "opinion/3.3": { where: "三（三）补助标准", gloss: "no full substitution; tilt for government-paid members; by own tier; 10 yuan floor; cap at the year's highest Sichuan tier; not matched by the fiscal subsidy" },
  "opinion/3.4": { where: "三（四）资金来源", gloss: "collective income and earmarked donations" },
  "opinion/3.5": { where: "三（五）工作流程", gloss: "plan passed by the assembly, approved by the township, recorded at the county; subsidy time equals contribution time; sealed application; suspension and resumption" },
  "opinion/3.6": { where: "三（六）激励机制", gloss: "city funding for 2024 pilot townships" },
  "opinion/4": { where: "四、工作要求", gloss: "organisation, publicity (多缴多得、长缴多得), reporting" },
  "annex1/1": { where: "附件1 一、拟定方案", gloss: "plan content; one-year or standing; 四议两公开; publicity of at least 5 working days" },
  "annex1/2": { where: "附件1 二、备案", gloss: "plan recorded at the township and the county HR bureau" },
  "annex1/3": { where: "附件1 三、提交申请", gloss: "yearly sealed application with contribution status, standards and roster; plan attached" },
  "annex1/4": { where: "附件1 四、复核及标准录入", gloss: "the agency re-checks roster and contributions, then enters each standard" },
  "annex1/5": { where: "附件1 五、缴费", gloss: "one payment, in full, into the fund's fiscal revenue account" },
  "annex1/6": { where: "附件1 六、到账分配", gloss: "voucher and roster returned; reconciliation; booking to personal accounts" },
  "annex1/7": { where: "附件1 七、出具凭据", gloss: "receipt letter based on the bank voucher" },
  "annex1/8": { where: "附件1 八、监督", gloss: "supervision by township, HR and agriculture departments" },
  "annex2/1": { where: "附件2 一、补助对象", gloss: "members enrolled and paying normally, government-paid groups included; no subsidy for the back-paid year" },
  "annex2/2": { where: "附件2 二、补助标准", gloss: "flat amount for hardship groups; ladder by own contribution for others (多缴多补)" },
  "annex2/3": { where: "附件2 三、资金来源", gloss: "share of collective income and donations, with amounts" },
  "annex2/4": { where: "附件2 四、工作要求", gloss: "democratic decision; objects, standards and share made public" },
  "annex3": { where: "附件3 花名册", gloss: "the roster form" },
} as const satisfies Record<string, { where: string; gloss: string }>;

/** A clause id of the policy, e.g. `"opinion/3.3"`. */
export type ClauseId = keyof typeof clauses;
