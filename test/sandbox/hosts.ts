/** The real host names the sandbox stands in for, and which role each plays. */
export const BSS_HOSTS = { cn: 'bss.myhuaweicloud.com', intl: 'bss-intl.myhuaweicloud.com' } as const;
export const IAM_HOSTS = { cn: 'iam.myhuaweicloud.com', intl: 'iam.ap-southeast-1.myhuaweicloud.com' } as const;
export const CONSOLE_HOSTS = {
  cn: ['account.huaweicloud.com', 'console.huaweicloud.com'],
  intl: ['account-intl.huaweicloud.com', 'console-intl.huaweicloud.com'],
} as const;

export type SandboxSite = 'cn' | 'intl';
export type HostRole = { kind: 'bss' | 'iam' | 'console'; site: SandboxSite };

export const ALL_HOSTS: string[] = [
  BSS_HOSTS.cn,
  BSS_HOSTS.intl,
  IAM_HOSTS.cn,
  IAM_HOSTS.intl,
  ...CONSOLE_HOSTS.cn,
  ...CONSOLE_HOSTS.intl,
];

export function roleOfHost(hostHeader: string | undefined): HostRole | null {
  const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  for (const site of ['cn', 'intl'] as const) {
    if (host === BSS_HOSTS[site]) return { kind: 'bss', site };
    if (host === IAM_HOSTS[site]) return { kind: 'iam', site };
    if ((CONSOLE_HOSTS[site] as readonly string[]).includes(host)) return { kind: 'console', site };
  }
  return null;
}

/** Chromium's --host-resolver-rules value mapping every host to the local port. */
export function hostResolverRules(port: number): string {
  return ALL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}
