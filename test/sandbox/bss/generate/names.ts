/** Word pools for fake customer names, plus hostile strings that UI code must render inertly. */
import type { Rng } from '../prng';

const CITIES = [
  '杭州',
  '深圳',
  '北京',
  '上海',
  '成都',
  '南京',
  '武汉',
  '西安',
  '苏州',
  '广州',
  '贵阳',
  '重庆',
  '长沙',
  '厦门',
];
const CORES = [
  '云栖',
  '星河',
  '蓝海',
  '智联',
  '启航',
  '数安',
  '鼎盛',
  '华创',
  '瑞达',
  '天工',
  '锦程',
  '博远',
  '极光',
  '青松',
];
const TRADES = ['科技', '信息技术', '网络科技', '软件', '数据服务', '电子商务', '智能科技', '文化传媒'];
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司'];
const PINYIN: Record<string, string> = {
  云栖: 'yunqi',
  星河: 'xinghe',
  蓝海: 'lanhai',
  智联: 'zhilian',
  启航: 'qihang',
  数安: 'shuan',
  鼎盛: 'dingsheng',
  华创: 'huachuang',
  瑞达: 'ruida',
  天工: 'tiangong',
  锦程: 'jincheng',
  博远: 'boyuan',
  极光: 'jiguang',
  青松: 'qingsong',
};
const EN_FIRST = [
  'Blue',
  'North',
  'Silver',
  'Bright',
  'Atlas',
  'Nimbus',
  'Coral',
  'Summit',
  'Harbor',
  'Pixel',
  'Lotus',
];
const EN_SECOND = ['Cloud', 'Data', 'Logic', 'Works', 'Systems', 'Labs', 'Digital', 'Networks', 'Soft', 'Analytics'];
const EN_SUFFIX = ['Ltd.', 'Pte. Ltd.', 'Inc.', 'LLC', 'GmbH', 'S.A.', 'Sdn. Bhd.'];
const PERSONS_ZH = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏'];
const PERSONS_EN = ['Maria Santos', 'Ahmed Khan', 'Siti Rahman', 'John Smith', 'Nguyen Van An', 'Ana Lima'];
const LABELS_ZH = ['重点客户', '续费关注', '教育行业', '游戏', '政企', '新签约', 'VIP'];
const LABELS_EN = ['key-account', 'renewal-watch', 'education', 'gaming', 'startup', 'VIP', 'churn-risk'];

/** Strings that must never be interpreted as markup or break layout (security.md G10). */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE customers; --",
  'javascript:alert(document.domain)',
  '\u202Egnp.exe\u202C 发票',
  'zero\u200Bwidth\u200Djoiner',
  '🦄🚀 客户 👩‍💻 ∑',
  `${'很长的名字'.repeat(40)}${'x'.repeat(120)}`,
  '"quoted" & <b>bold</b> \\ backslash',
];

export interface NamePick {
  name: string;
  accountName: string;
}

export function companyName(rng: Rng, chinese: boolean, serial: number): NamePick {
  const tag = serial.toString(36);
  if (chinese) {
    const core = rng.pick(CORES);
    const name = `${rng.pick(CITIES)}${core}${rng.pick(TRADES)}${rng.pick(SUFFIXES)}`;
    return { name, accountName: `${PINYIN[core] ?? 'hw'}_${tag}` };
  }
  const first = rng.pick(EN_FIRST);
  const second = rng.pick(EN_SECOND);
  return { name: `${first} ${second} ${rng.pick(EN_SUFFIX)}`, accountName: `${first}${second}-${tag}`.toLowerCase() };
}

export function personName(rng: Rng, chinese: boolean): string {
  return rng.pick(chinese ? PERSONS_ZH : PERSONS_EN);
}

export function label(rng: Rng, chinese: boolean): string {
  return rng.pick(chinese ? LABELS_ZH : LABELS_EN);
}
