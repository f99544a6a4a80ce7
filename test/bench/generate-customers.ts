/** Deterministic fake customers for the search benchmark: Chinese and English names, every status. */
import type { AssociationType, CustomerStatus } from '@/utils/domain';

export interface BenchRow {
  customerId: string;
  name: string;
  accountName: string;
  label?: string;
  associationType: AssociationType;
  status: CustomerStatus;
}

const CITIES = ['杭州', '北京', '上海', '深圳', '重庆', '成都', '厦门', '长沙', '南京', '武汉', '西安', '苏州'];
const WORDS = '云栖星辰蓝海启明华信恒达金鼎博远创新智联天成宏图瑞丰鑫源汇通卓越万象同舟'.split('');
const TRADES = ['科技', '网络', '信息技术', '贸易', '数据', '软件', '电子商务', '文化传媒'];
const EN = ['Acme', 'Blue', 'Harbor', 'Nimbus', 'Orion', 'Pacific', 'Quartz', 'Summit', 'Vertex', 'Zenith'];
const EN2 = ['Cloud', 'Data', 'Systems', 'Labs', 'Digital', 'Networks', 'Trading'];
const LABELS = ['VIP', '重点客户', 'education', '政企', 'startup'];
const STATUSES: CustomerStatus[] = ['ok', 'ok', 'ok', 'low', 'blocked', 'frozen', 'not-applicable', 'unknown'];

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCustomers(count: number, seed = 1): BenchRow[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const rows: BenchRow[] = [];
  for (let i = 0; i < count; i++) {
    const chinese = rnd() < 0.7;
    const name = chinese
      ? `${pick(CITIES)}${pick(WORDS)}${pick(WORDS)}${pick(TRADES)}有限公司`
      : `${pick(EN)} ${pick(EN2)} ${i % 97} Ltd.`;
    const customerId = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join('');
    const label = rnd() < 0.3 ? pick(LABELS) : undefined;
    rows.push({
      customerId,
      name,
      accountName: `${chinese ? 'cn' : 'intl'}_${customerId.slice(0, 6)}_${i}`,
      ...(label ? { label } : {}),
      associationType: rnd() < 0.8 ? '2' : '1',
      status: pick(STATUSES),
    });
  }
  return rows;
}
