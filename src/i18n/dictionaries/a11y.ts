/** Accessibility: the charts of the linkages and distribution pages said in words (screen readers, alt text). */
export const vi = {
  a11yAltMouFlows: '{total} biên bản ghi nhớ giữa TP.HCM, Hà Nội và {partners} tỉnh, thành: {hubs}.',
  a11yAltMouFlowsOne: '{total} biên bản ghi nhớ giữa TP.HCM, Hà Nội và 1 tỉnh, thành: {hubs}.',
  a11yAltMouHub: '{count} với {hub}',
  a11yAltMouTop: 'Ký nhiều nhất: {list}.',
  a11yAltMouPartner: '{name} ({count} biên bản)',
  a11yAltEvents: '{count} sự kiện xúc tiến, kết nối cung cầu từ {from} đến {to}: {lanes}.',
  a11yAltEventsOne: '1 sự kiện xúc tiến, kết nối cung cầu ngày {from}: {lanes}.',
  a11yAltEventLane: '{count} {lane}',
  a11yAltEventsMostProducts: 'Trưng bày nhiều sản phẩm nhất: {name} ({date}, {count} sản phẩm).',
  a11yAltStackYear: 'Năm {year} có {total} sản phẩm, nhiều nhất là {parts}.',
  a11yAltStackPart: '{label} ({count})',
};

export const en: Record<keyof typeof vi, string> = {
  a11yAltMouFlows: '{total} MoUs between HCMC, Hanoi and {partners} provinces: {hubs}.',
  a11yAltMouFlowsOne: '{total} MoUs between HCMC, Hanoi and one province: {hubs}.',
  a11yAltMouHub: '{count} with {hub}',
  a11yAltMouTop: 'Most MoUs: {list}.',
  a11yAltMouPartner: '{name} ({count})',
  a11yAltEvents: '{count} trade and supply–demand events from {from} to {to}: {lanes}.',
  a11yAltEventsOne: 'One trade and supply–demand event on {from}: {lanes}.',
  a11yAltEventLane: '{count} {lane}',
  a11yAltEventsMostProducts: 'Most products shown: {name} ({date}, {count} products).',
  a11yAltStackYear: 'In {year} there were {total} products, the most in {parts}.',
  a11yAltStackPart: '{label} ({count})',
};
