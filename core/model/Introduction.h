#pragma once

#include <QDate>
#include <QString>

namespace rapport {

/// Who introduced whom to whom, a referral, or help given or received. A zero id means the user.
struct Introduction
{
    enum class Kind { Introduction, Referral, Help };
    enum class Direction { Given, Received };

    qint64 id = 0;
    Kind kind = Kind::Introduction;
    qint64 introducerId = 0;                   ///< who made it (0 = the user)
    qint64 introducedId = 0;                   ///< who was introduced or referred (0 = the user)
    qint64 targetId = 0;                       ///< to whom (0 = the user)
    Direction direction = Direction::Received; ///< received: it helped the user
    QDate happenedOn;
    QString outcome;
    QString notes;
    qint64 batchId = 0;
};

} // namespace rapport
