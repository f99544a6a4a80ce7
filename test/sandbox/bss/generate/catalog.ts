/** The cloud services the fake data draws from, and date helpers in the API's formats. */

export interface ServiceType {
  code: string;
  nameZh: string;
  nameEn: string;
  resourceType: string;
  resourceTypeName: string;
  specs: readonly string[];
}

export const SERVICES: readonly ServiceType[] = [
  {
    code: 'hws.service.type.ec2',
    nameZh: '弹性云服务器',
    nameEn: 'Elastic Cloud Server',
    resourceType: 'hws.resource.type.vm',
    resourceTypeName: 'ECS',
    specs: ['s6.large.2.linux', 'c7.xlarge.2.linux', 'm6.2xlarge.8.win'],
  },
  {
    code: 'hws.service.type.ebs',
    nameZh: '云硬盘',
    nameEn: 'Elastic Volume Service',
    resourceType: 'hws.resource.type.volume',
    resourceTypeName: 'EVS',
    specs: ['SSD', 'SAS', 'GPSSD'],
  },
  {
    code: 'hws.service.type.vpc',
    nameZh: '虚拟私有云',
    nameEn: 'Virtual Private Cloud',
    resourceType: 'hws.resource.type.bandwidth',
    resourceTypeName: 'Bandwidth',
    specs: ['19_bgp', '19_sbgp', '19_share'],
  },
  {
    code: 'hws.service.type.obs',
    nameZh: '对象存储服务',
    nameEn: 'Object Storage Service',
    resourceType: 'hws.resource.type.obs',
    resourceTypeName: 'OBS',
    specs: ['obs.standard'],
  },
  {
    code: 'hws.service.type.rds',
    nameZh: '云数据库RDS',
    nameEn: 'Relational Database Service',
    resourceType: 'hws.resource.type.rds.vm',
    resourceTypeName: 'RDS',
    specs: ['rds.mysql.x1.large.2.single', 'rds.pg.c6.xlarge.4.ha'],
  },
  {
    code: 'hws.service.type.dcs',
    nameZh: '分布式缓存服务',
    nameEn: 'Distributed Cache Service',
    resourceType: 'hws.resource.type.dcs',
    resourceTypeName: 'DCS',
    specs: ['redis.ha.xu1.large.r2.2'],
  },
  {
    code: 'hws.service.type.cce',
    nameZh: '云容器引擎',
    nameEn: 'Cloud Container Engine',
    resourceType: 'hws.resource.type.cce',
    resourceTypeName: 'CCE',
    specs: ['cce.s2.small'],
  },
];

export const REGIONS: Record<'cn' | 'intl', readonly string[]> = {
  cn: ['cn-north-4', 'cn-east-3', 'cn-south-1', 'cn-southwest-2'],
  intl: ['ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'la-south-2'],
};

export const DAY_MS = 86_400_000;

/** `yyyy-MM-ddTHH:mm:ssZ`, the API's UTC timestamp format. */
export function isoSeconds(ms: number): string {
  // Integer civil-from-days (H. Hinnant) instead of Date#toISOString: the generator formats ~10^6 dates.
  const secs = Math.floor(ms / 1000);
  const days = Math.floor(secs / 86_400);
  const sod = secs - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(sod / 3600);
  const mm = Math.floor((sod % 3600) / 60);
  return `${y}-${TWO[m]}-${TWO[d]}T${TWO[hh]}:${TWO[mm]}:${TWO[sod % 60]}Z`;
}

const TWO: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** `YYYY-MM` of an instant in UTC+8 (billing cycles are Beijing time). */
export function cycleOf(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);
}

export function serviceName(s: ServiceType, site: 'cn' | 'intl'): string {
  return site === 'cn' ? s.nameZh : s.nameEn;
}
