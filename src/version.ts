/** The package version; a test keeps it equal to package.json. */
export const PACKAGE_VERSION = "0.1.0";

/** The policy the rules implement. */
export const POLICY_NAME = "攀枝花市集体经济补助城乡居民基本养老保险参保缴费试点实施意见 (2024-09-24)";

/** Names the package version and the policy, carried by every result. */
export const RULES_VERSION = `collective-pension-subsidy@${PACKAGE_VERSION}; policy panzhihua-2024-09-24`;
