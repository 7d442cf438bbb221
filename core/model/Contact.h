#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

/// An e-mail address, phone number or web address with its label ("work", "mobile", ...).
struct LabeledValue
{
    QString label;
    QString value;
    bool operator==(const LabeledValue&) const = default;
};

/// Where a contact stands on the way to becoming a champion (someone who refers and vouches).
enum class ChampionStage { Connection = 0, Conversation = 1, Relationship = 2, Champion = 3 };
QString championStageName(ChampionStage stage); ///< translated, for people
QString championStageKey(ChampionStage stage);  ///< stable, for files and JSON
ChampionStage championStageFromKey(const QString& key, bool* ok = nullptr);

/// A person in the user's network.
struct Contact
{
    qint64 id = 0;
    QString uid; ///< stable across devices (sync, export)
    QString firstName;
    QString lastName;
    QString displayName; ///< derived from first/last when empty
    QString headline;
    QString position;
    QString company;
    QString industry;
    QString location;
    QString linkedinUrl; ///< normalised, percent-decoded
    QString howMet;
    QString notes;
    QString birthday; ///< ISO date or "--MM-DD" when the year is unknown
    QString source = QStringLiteral("manual");
    QDate connectedOn;
    ChampionStage championStage = ChampionStage::Connection;
    int cadenceIdealDays = 0; ///< 0: the tier's default
    int cadenceMaxDays = 0;
    bool archived = false;
    QString deletedAt;        ///< set while in the Trash
    QStringList editedFields; ///< fields the user changed by hand; imports never overwrite them silently
    qint64 batchId = 0;
    QString createdAt;
    QString updatedAt;
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    QList<LabeledValue> urls;
    QStringList circles;
    QStringList tags;

    /// "First Last", or the display name, or the first e-mail.
    QString name() const;
    /// Fills displayName from the parts when it is empty.
    void deriveDisplayName();
};

/// One row of the contact list: what tables and CLI listings show, without loading everything.
struct ContactSummary
{
    qint64 id = 0;
    QString displayName;
    QString company;
    QString position;
    QString lastConversation; ///< ISO date-time of the last conversation, empty if never
    QString nextFollowUp;     ///< ISO date of the next open follow-up
    double score = -1;        ///< -1: not scored yet
    QString tier;
    QString circles; ///< comma-separated
    bool archived = false;
};

} // namespace rapport
