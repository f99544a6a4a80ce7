/**
 * Resource packages (资源包) of the user center, bss-api.md §4.9: deterministic from the dataset clock, with
 * resettable (quota_reuse_mode 1: per cycle, natural or anniversary) and non-resettable (2) packages. Shown on
 * /usercenter/#/resource/freeresource; the feature reads them back from the page.
 */
const DAY = 86_400_000;

export interface SandboxPackage {
  id: string;
  name: [zh: string, en: string];
  unit: string;
  /** Remaining in the current cycle (resettable) or the whole term. */
  amount: string;
  /** Per-cycle (resettable) or whole-term total. */
  originalAmount: string;
  quotaReuseMode: 1 | 2;
  quotaReuseCycle?: 1 | 2 | 3 | 4 | 5;
  quotaReuseCycleType?: 1 | 2;
  effectiveTime: string;
  expireTime: string;
}

/** Days are whole UTC+8 midnights so the page's "YYYY-MM-DD HH:mm:ss" round-trips exactly. */
function bjMidnight(ms: number): number {
  const shift = 8 * 3_600_000;
  return Math.floor((ms + shift) / DAY) * DAY - shift;
}

export function listPackages(now: number): SandboxPackage[] {
  const day0 = bjMidnight(now);
  const iso = (days: number) => new Date(day0 + days * DAY).toISOString();
  return [
    {
      id: 'pkg-obs-monthly',
      name: ['对象存储标准存储包 40GB（每月重置）', 'OBS Standard Storage 40 GB (monthly reset)'],
      unit: 'GB',
      amount: '12.5',
      originalAmount: '40',
      quotaReuseMode: 1,
      quotaReuseCycle: 4,
      quotaReuseCycleType: 1,
      effectiveTime: iso(-100),
      expireTime: iso(265),
    },
    {
      id: 'pkg-cdn-anniversary',
      name: ['CDN 流量包 100GB（按订购日重置）', 'CDN Traffic 100 GB (anniversary reset)'],
      unit: 'GB',
      amount: '80',
      originalAmount: '100',
      quotaReuseMode: 1,
      quotaReuseCycle: 4,
      quotaReuseCycleType: 2,
      effectiveTime: iso(-47),
      expireTime: iso(318),
    },
    {
      id: 'pkg-apig-daily',
      name: ['API网关调用包（每日重置）', 'API Gateway Calls (daily reset)'],
      unit: 'k calls',
      amount: '3',
      originalAmount: '10',
      quotaReuseMode: 1,
      quotaReuseCycle: 2,
      quotaReuseCycleType: 1,
      effectiveTime: iso(-10),
      expireTime: iso(20),
    },
    {
      id: 'pkg-smn-yearly',
      name: ['消息通知短信包（每年重置）', 'SMN SMS Pack (yearly reset)'],
      unit: 'SMS',
      amount: '5000',
      originalAmount: '10000',
      quotaReuseMode: 1,
      quotaReuseCycle: 5,
      quotaReuseCycleType: 2,
      effectiveTime: iso(-400),
      expireTime: iso(700),
    },
    {
      id: 'pkg-ecs-fixed',
      name: ['云服务器 vCPU 时长包', 'ECS vCPU-Hour Package'],
      unit: 'vCPU-h',
      amount: '744',
      originalAmount: '1000',
      quotaReuseMode: 2,
      effectiveTime: iso(-30),
      expireTime: iso(335),
    },
    {
      id: 'pkg-evs-fixed-used',
      name: ['云硬盘容量包', 'EVS Capacity Package'],
      unit: 'GB',
      amount: '0',
      originalAmount: '500',
      quotaReuseMode: 2,
      effectiveTime: iso(-60),
      expireTime: iso(120),
    },
  ];
}
