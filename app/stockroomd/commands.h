#pragma once

#include <QStringList>

/** Each returns the process exit code: 0 success, 1 the work failed, 2 bad command line. */
int runMigrate(const QStringList &arguments);
int runSeedDemo(const QStringList &arguments);
/** stockroomd staff add|list|grant|revoke|disable|enable|password (staffcommands.cpp). */
int runStaff(const QStringList &arguments);
/** stockroomd check: verifies the stock invariants (checkcommand.cpp). */
int runCheck(const QStringList &arguments);
/** stockroomd jobs: the background jobs loop (jobscommand.cpp). */
int runJobs(const QStringList &arguments);
int runServe(const QStringList &arguments);
/** stockroomd import / export: the catalog as CSV (catalogcommands.cpp). */
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
