import { describe, expect, it } from 'vitest';
import { repairParams } from '#web/src/features/links/repair-link.js';

const repair = (qs: string) => {
  const { params, notices } = repairParams(new URLSearchParams(qs));
  return { qs: params.toString(), notices: notices.map((n) => [n.key, n.vars.value ?? n.vars.param ?? n.vars.max]) };
};

describe('repairParams › a link the API would refuse, mended', () => {
  it('keeps a valid search as it is', () => {
    const qs = 'q=cantine&region=bretagne&region=normandie&sdg=17&yearMin=2015&sort=year%3Adesc&page=3&lang=en&presenter=1&rows=region&cols=sdg';
    expect(repair(qs)).toEqual({ qs, notices: [] });
  });

  it('drops an unknown value and says which, keeping the other values of the param', () => {
    expect(repair('region=atlantis&region=bretagne')).toEqual({ qs: 'region=bretagne', notices: [['noticeUnknownValue', 'atlantis']] });
    expect(repair('sdg=18&sdg=017&sdg=4')).toEqual({ qs: 'sdg=4', notices: [['noticeUnknownValue', '18'], ['noticeUnknownValue', '017']] });
  });

  it('drops an unknown param, a bad year, sort, page, axis or preference', () => {
    expect(repair('foo=1&yearMin=1900&yearMax=20x5&sort=best&page=0&rows=planet&lang=de&presenter=yes').notices.map(([k]) => k)).toEqual([
      'noticeUnknownParam', 'noticeBadYear', 'noticeBadYear', 'noticeBadSort', 'noticeBadPage', 'noticeBadAxis', 'noticeBadValue', 'noticeBadValue',
    ]);
    expect(repair('foo=1&yearMin=1900&sort=best').qs).toBe('');
  });

  it('keeps the statistics view and the data version a link was made on; drops a bad measure, split or version', () => {
    const qs = 'rows=region&cols=theme&measure=index&split=actorType&v=0123456789ab';
    expect(repair(qs)).toEqual({ qs, notices: [] });
    expect(repair('measure=ratio&split=year&v=ABC').notices.map(([k]) => k)).toEqual(['noticeBadValue', 'noticeBadAxis', 'noticeBadValue']);
    expect(repair('measure=ratio&split=year&v=ABC').qs).toBe('');
  });

  it('cuts a query longer than the API takes, and says so once', () => {
    const { qs, notices } = repair(`q=${'a'.repeat(2400)}`);
    expect(new URLSearchParams(qs).get('q')).toHaveLength(500);
    expect(notices).toEqual([['noticeQueryCut', 500]]);
  });

  it('keeps the first of a repeated single-valued param and one of a repeated value, silently', () => {
    expect(repair('q=a&q=b&page=2&page=3&theme=education&theme=education')).toEqual({ qs: 'q=a&page=2&theme=education', notices: [] });
  });

  it('leaves a page past the end to the answer (the page cannot know the last page before searching)', () => {
    expect(repair('page=99999')).toEqual({ qs: 'page=99999', notices: [] });
  });
});
