#include "programrun.h"

#include <QProcess>

namespace stockroom::test {

ProgramRun runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &extraEnvironment, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace stockroom::test
