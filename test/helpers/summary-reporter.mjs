// Ends the run with one plain line, "Tests: N passed, N failed, N skipped",
// which CI reads to know how many tests ran.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) visit(child);
      };
      let brokenFiles = 0;
      for (const session of sessions) {
        visit(session.testResults);
        if (session.errors?.length) brokenFiles++;
      }
      counts.failed += brokenFiles;
      console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}
