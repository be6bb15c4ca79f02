import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/index.ts';
import { yearsOf } from '../../../src/lib/stats.ts';
import { figureAnchor, yearView } from '../../../src/lib/views/year.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'tests/fixtures/base', today: TODAY });

describe('year pages', () => {
  it('exist for every year with a figure', () => {
    expect(yearsOf(data)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('give 2024 both counts, and list what was not reported for it', () => {
    const view = yearView(data, 2024, 'en');
    expect(view.requests?.count).toBe(15);
    expect(view.requests?.change).toBe('Down from 19 in 2023: 4 fewer (derived).');
    expect(view.figures.map((item) => [item.anchor, item.figure.value])).toEqual([['detainer-requests-ice', '198']]);
    expect(view.notReported).toEqual([
      'Share that arrived on the dedicated detainer fax line, as reported by BPD',
      'Requests citing probable cause that the person was removable, as reported by BPD',
      'People transferred to ICE custody because of a detainer request, as reported by BPD',
    ]);
    expect([view.previous, view.next]).toEqual([2023, 2025]);
  });

  it('give 2025 every figure with an anchor, and ICE’s count as not reported', () => {
    const view = yearView(data, 2025, 'en');
    expect(view.figures.map((item) => item.anchor)).toEqual(['dedicated-line-share', 'probable-cause-requests', 'transfers-to-ice-custody']);
    expect(view.figures[0]?.figure.derived).toBe('about 16 requests (derived from 28%)');
    expect(view.notReported).toEqual(['ICE detainer requests sent to BPD, as reported by ICE']);
    expect(view.next).toBeNull();
  });

  it('name figure anchors after the measure, and after the agency when it is not BPD', () => {
    expect(figureAnchor('detainer_requests', 'BPD')).toBe('requests');
    expect(figureAnchor('detainer_requests', 'ICE')).toBe('detainer-requests-ice');
    expect(figureAnchor('transfers_to_ice_custody', 'BPD')).toBe('transfers-to-ice-custody');
  });
});
