import { describe, expect, it } from 'vitest';
import { type MouFlowInput, mouSankeyOption, sankeyClickTarget, sankeyTotal } from './option';

type Formatter = (p: unknown) => string;
interface Series {
  data: { name: string; value: number; itemStyle: { borderWidth?: number } }[];
  links: { source: string; target: string; value: number; mouType: string; lineStyle: { color: string } }[];
  label: { formatter: Formatter };
}

const types = [
  { key: 'gov_gov', label: 'Chính quyền – chính quyền', color: '#111111' },
  { key: 'gov_business', label: 'Chính quyền – doanh nghiệp', color: '#222222' },
  { key: 'business_business', label: 'Doanh nghiệp – doanh nghiệp', color: '#333333' },
];
const hubs = [
  { key: 'hcmc', label: 'TP. Hồ Chí Minh' },
  { key: 'hanoi', label: 'Hà Nội' },
];

function flow(
  partner: string,
  hubKey: string,
  mouType: string,
  mous: number,
  illustrative = mous,
): MouFlowInput {
  return { partnerKey: `63:${partner}`, partnerLabel: partner, hubKey, mouType, mous, illustrative };
}

function build(flows: MouFlowInput[], topPartners = 2, selectedPartners: string[] = []) {
  const option = mouSankeyOption({
    flows,
    hubs,
    types,
    topPartners,
    selectedPartners,
    selectedHubs: [],
    lang: 'vi',
    labels: {
      others: (count) => `${count} tỉnh, thành khác`,
      total: 'Tổng',
      unit: 'biên bản',
      sourceReal: 'Nguồn: số liệu thực',
      sourceIllustrative: 'Có dữ liệu minh họa',
    },
    ariaTitle: 'x',
  });
  return { option, series: (option.series as Series[])[0] as Series };
}

const flows = [
  flow('Quảng Bình', 'hcmc', 'business_business', 900),
  flow('Quảng Bình', 'hcmc', 'gov_gov', 1, 0),
  flow('Quảng Bình', 'hanoi', 'gov_business', 300),
  flow('Thanh Hóa', 'hanoi', 'gov_gov', 1000),
  flow('Bến Tre', 'hcmc', 'gov_gov', 5),
  flow('An Giang', 'hcmc', 'gov_gov', 7),
  flow('An Giang', 'hcmc', 'business_business', 3),
];

describe('mouSankeyOption', () => {
  it('draws the largest partners by name and merges the rest, keeping every MoU', () => {
    const { option, series } = build(flows);
    expect(series.data.map((n) => [n.name, n.value])).toEqual([
      ['partner:63:Quảng Bình', 1201],
      ['partner:63:Thanh Hóa', 1000],
      ['others', 15],
      ['hub:hcmc', 916],
      ['hub:hanoi', 1300],
    ]);
    expect(sankeyTotal(option)).toBe(1201 + 1000 + 15);
    // One band per partner, hub and type, in type order, coloured by type.
    expect(series.links.map((l) => [l.source, l.target, l.mouType, l.value, l.lineStyle.color])).toEqual([
      ['partner:63:Quảng Bình', 'hub:hcmc', 'gov_gov', 1, '#111111'],
      ['partner:63:Quảng Bình', 'hub:hcmc', 'business_business', 900, '#333333'],
      ['partner:63:Quảng Bình', 'hub:hanoi', 'gov_business', 300, '#222222'],
      ['partner:63:Thanh Hóa', 'hub:hanoi', 'gov_gov', 1000, '#111111'],
      ['others', 'hub:hcmc', 'gov_gov', 12, '#111111'],
      ['others', 'hub:hcmc', 'business_business', 3, '#333333'],
    ]);
  });

  it('labels nodes with their name and total the Vietnamese way', () => {
    const { series } = build(flows);
    const label = (name: string) => series.label.formatter({ name });
    expect(label('partner:63:Quảng Bình')).toBe('{name|Quảng Bình} {value|1.201}');
    expect(label('others')).toBe('{name|2 tỉnh, thành khác} {value|15}');
    expect(label('hub:hanoi')).toBe('{name|Hà Nội} {value|1.300}');
  });

  it('never merges a single partner: its name costs no more room than "others"', () => {
    const { series } = build(flows.slice(0, 5), 2);
    expect(series.data.map((n) => n.name)).toContain('partner:63:Bến Tre');
    expect(series.data.map((n) => n.name)).not.toContain('others');
  });

  it('tells real from illustrative and gives units in tooltips', () => {
    const { option, series } = build(flows);
    const formatter = (option.tooltip as { formatter: Formatter }).formatter;
    const realLink = series.links.findIndex(
      (l) => l.mouType === 'gov_gov' && l.source.endsWith('Quảng Bình'),
    );
    expect(formatter({ dataType: 'edge', dataIndex: realLink })).toBe(
      '<div style="white-space:normal;overflow-wrap:anywhere;max-width:40em"><b>Quảng Bình → TP. Hồ Chí Minh</b><br/>Chính quyền – chính quyền: <b>1 biên bản</b><br/><span style="color:#52606d">Nguồn: số liệu thực</span></div>',
    );
    const node = formatter({ dataType: 'node', name: 'partner:63:Quảng Bình' });
    expect(node).toContain('Doanh nghiệp – doanh nghiệp: <b>900 biên bản</b>');
    expect(node).toContain('Tổng: <b>1.201 biên bản</b>');
    expect(node).toContain('Có dữ liệu minh họa');
  });

  it('escapes names in tooltips', () => {
    const { option } = build([flow('<b>X</b>', 'hcmc', 'gov_gov', 1)]);
    const html = (option.tooltip as { formatter: Formatter }).formatter({
      dataType: 'node',
      name: 'partner:63:<b>X</b>',
    });
    expect(html).toContain('&lt;b&gt;X&lt;/b&gt;');
    expect(html).not.toContain('<b>X</b>');
  });

  it('outlines the selected partner', () => {
    const { series } = build(flows, 2, ['63:Thanh Hóa']);
    expect(series.data.find((n) => n.name === 'partner:63:Thanh Hóa')?.itemStyle.borderWidth).toBe(3);
    expect(
      series.data.find((n) => n.name === 'partner:63:Quảng Bình')?.itemStyle.borderWidth,
    ).toBeUndefined();
  });

  it('turns a click on a node or a link into what it stands for', () => {
    const { option, series } = build(flows);
    expect(sankeyClickTarget(option, { dataType: 'node', name: 'partner:63:Thanh Hóa' })).toEqual({
      kind: 'partner',
      key: '63:Thanh Hóa',
    });
    expect(sankeyClickTarget(option, { dataType: 'node', name: 'hub:hanoi' })).toEqual({
      kind: 'hub',
      key: 'hanoi',
    });
    expect(sankeyClickTarget(option, { dataType: 'node', name: 'others' })).toEqual({ kind: 'others' });
    const thanhHoa = series.links.findIndex((l) => l.source === 'partner:63:Thanh Hóa');
    expect(sankeyClickTarget(option, { dataType: 'edge', dataIndex: thanhHoa })).toEqual({
      kind: 'flow',
      partnerKey: '63:Thanh Hóa',
      hubKey: 'hanoi',
    });
    const others = series.links.findIndex((l) => l.source === 'others');
    expect(sankeyClickTarget(option, { dataType: 'edge', dataIndex: others })).toEqual({
      kind: 'flow',
      partnerKey: null,
      hubKey: 'hcmc',
    });
    expect(sankeyClickTarget(option, { dataType: 'edge', dataIndex: 99 })).toBeNull();
  });

  it('draws nothing, without failing, when no MoU can be drawn', () => {
    const { option, series } = build([]);
    expect(series.data).toEqual([]);
    expect(sankeyTotal(option)).toBe(0);
  });
});
