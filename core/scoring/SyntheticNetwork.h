#pragma once

#include "util/Result.h"

#include <QHash>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

/// Writes a made-up network with known ("planted") closeness straight into a database, with
/// multi-row INSERTs in one transaction: the ground truth for the ranking test and the data set
/// of the rescore benchmark (100,000 contacts, 1,000,000 conversations in seconds).
class SyntheticNetwork
{
public:
    /// Planted closeness, from far to near.
    enum Closeness { Collected = 0, Dormant = 1, Active = 2, Inner = 3, Champion = 4 };

    struct Options
    {
        int contacts = 300;
        int champions = 5;
        int inner = 15;
        int active = 60;
        double dormantShare = 0.3; ///< of the contacts left after the planted layers; the rest are collected
        /// Total conversations wanted; random extra ones (for dormant and active contacts, years
        /// back) are added until this many exist. 0: only the planted ones.
        int conversations = 0;
        quint32 seed = 20240501;
    };

    struct Planted
    {
        QHash<qint64, int> closeness; ///< contact id → Closeness
        int conversations = 0;
    };

    /// Expects an empty database; dates are relative to Clock::now().
    static Result<Planted> generate(db::Database& db, const Options& options);
};

} // namespace rapport::scoring
