#pragma once

#include "model/Introduction.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport {

/// Introductions, referrals and help, each way: the raw material of champions.
class IntroductionStore
{
public:
    explicit IntroductionStore(db::Database& db);

    Result<qint64> add(Introduction& intro);
    Status remove(qint64 id);
    /// Every introduction the contact took part in (as introducer, introduced or target), newest first.
    Result<QList<Introduction>> forContact(qint64 contactId);
    Status reassign(qint64 fromContactId, qint64 toContactId);

private:
    db::Database& m_db;
};

QString introductionKindKey(Introduction::Kind kind);
Introduction::Kind introductionKindFromKey(const QString& key, bool* ok = nullptr);

} // namespace rapport
