#pragma once

#include "Sandbox.h"

#include <QString>

namespace ShardDesk::Testing {

// Pauses sandbox server k (SIGSTOP: it hangs, and connections to it time out) for one scope and resumes
// it however the scope is left, a failed QVERIFY included: a server left paused would hang every later
// test, and other suites share the sandbox. It resumes even when pausing reported a failure, which may
// come after the signal was sent (a timeout, a lost output): SIGCONT to a running server changes nothing.
class PausedServerGuard
{
public:
    explicit PausedServerGuard(int k) : m_k(QString::number(k))
    {
        m_paused = runSandbox({QStringLiteral("pause"), m_k}, &m_output);
    }
    ~PausedServerGuard() { runSandbox({QStringLiteral("resume"), m_k}); }
    PausedServerGuard(const PausedServerGuard &) = delete;
    PausedServerGuard &operator=(const PausedServerGuard &) = delete;

    bool paused() const { return m_paused; }
    // What scripts/sandbox printed, worth showing when pausing failed.
    const QString &output() const { return m_output; }

private:
    QString m_k;
    QString m_output;
    bool m_paused = false;
};

} // namespace ShardDesk::Testing
