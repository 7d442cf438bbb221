#pragma once

// Helpers for driving real widgets in GUI tests.

#include <QApplication>
#include <QTimer>

namespace rapport::test {

/// Runs `answer` on the next modal dialog of type T as soon as it is open (a modal exec() blocks
/// the test until something answers it).
template <typename T, typename F> void whenModal(F answer)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(d);
        }
    });
    timer->start(10);
}

} // namespace rapport::test
