#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace stockroom::test {

/** How a program run ended: its exit code (-1 when it crashed or was killed) and its output. */
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs @p program with @p args to the end, with @p extraEnvironment added to this process's
 * environment; kills it after @p timeoutMs.
 */
ProgramRun runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &extraEnvironment = {}, int timeoutMs = 300000);

} // namespace stockroom::test
