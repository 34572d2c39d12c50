import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/npm/progress.js';
import type { IspeedProgress } from '../../src/widgets/progress/progress.js';
import { daysInMonth, monthPace, vietnamMonth, vietnamToday } from '../../src/data/vietnam-time.js';

/**
 * Runs in a browser set to Pacific/Honolulu (web-test-runner.config.mjs), 17
 * hours behind Vietnam: the month's days are still Vietnam's.
 */
describe('days left and samples a day, in Asia/Ho_Chi_Minh', () => {
  it("runs where the browser's own time zone is far from Vietnam's", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Honolulu');
    // 18:00 UTC on 30 November is 08:00 on the 30th in Honolulu, but 01:00 on 1 December in Vietnam.
    const instant = new Date('2026-11-30T18:00:00Z');
    expect(instant.getDate()).to.equal(30);
    expect(vietnamToday(instant)).to.deep.equal({ year: 2026, month: 12, day: 1 });
    expect(vietnamMonth(instant)).to.equal('2026-12');
    expect(monthPace('2026-11', 100, 300, instant)).to.deep.equal({ when: 'past' });
    expect(monthPace('2026-12', 0, 300, instant)).to.deep.equal({ when: 'current', daysLeft: 31, perDay: 10 });
  });

  it('on the last day of a month, the day itself is all that is left', () => {
    // 23:30 on 30 November in Vietnam (16:30 UTC; still the morning of the 30th in Honolulu).
    expect(monthPace('2026-11', 250, 300, new Date('2026-11-30T16:30:00Z'))).to.deep.equal({
      when: 'current',
      daysLeft: 1,
      perDay: 50,
    });
    // 00:30 on 1 December in Vietnam: November is over.
    expect(monthPace('2026-11', 250, 300, new Date('2026-11-30T17:30:00Z'))).to.deep.equal({ when: 'past' });
  });

  it("counts a leap February's 29 days", () => {
    expect([daysInMonth(2028, 2), daysInMonth(2026, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).to.deep.equal([
      29, 28, 29, 28,
    ]);
    // 1 February 2028, 00:10 in Vietnam (31 January, 17:10 UTC): 29 days, 300 samples → 11 a day.
    expect(monthPace('2028-02', 0, 300, new Date('2028-01-31T17:10:00Z'))).to.deep.equal({
      when: 'current',
      daysLeft: 29,
      perDay: 11,
    });
    expect(monthPace('2028-02', 290, 300, new Date('2028-02-29T10:00:00Z'))).to.deep.equal({
      when: 'current',
      daysLeft: 1,
      perDay: 10,
    });
    expect(monthPace('2028-02', 300, 300, new Date('2028-02-10T10:00:00Z'))).to.deep.equal({
      when: 'current',
      daysLeft: 20,
      perDay: 0,
    });
  });

  it('the widget shows the samples a day still needed this month', async () => {
    const month = vietnamMonth();
    const element = await fixture<IspeedProgress>(
      html`<ispeed-progress src="/test/fixtures/progress/mot-thang.csv" unit="xa-ea-kao" month=${month}></ispeed-progress>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"]'), 'the data loads');
    const pace = monthPace(month, 124, 300);
    if (pace.when !== 'current') throw new Error('this month is current');
    const line = element.shadowRoot!.querySelector('.pace')!.textContent!.trim();
    expect(line).to.equal(
      pace.daysLeft === 1
        ? `Hôm nay là ngày cuối tháng: cần thêm ${pace.perDay} mẫu.`
        : `Còn ${pace.daysLeft} ngày trong tháng: cần khoảng ${pace.perDay} mẫu mỗi ngày.`,
    );
  });
});
