#pragma once

#include "model/Contact.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace rapport::sync {

enum class VCardVersion { V3, V4 };

/// Rapport data kept outside the contacts table that still travels in a card (contact_scores).
struct CardExtras
{
    bool hasScore = false;
    double score = 0;
    QString tier;
    QString scoredAt; ///< ISO date-time the score was computed
};

/// A card read back: the contact, the extras, and every line Rapport does not understand, so a
/// card written by another client keeps its photo, anniversaries, IMPP handles... when pushed back.
struct DecodedCard
{
    Contact contact; ///< id 0; uid from UID (empty when the card has none)
    CardExtras extras;
    QDateTime revision; ///< REV in UTC; invalid when the card has none
    VCardVersion version = VCardVersion::V3;
    QList<QByteArray> unknownLines; ///< logical (unfolded) lines, in their order
};

/// Contact <-> vCard 3.0/4.0 text for CardDAV, and for any export that wants Rapport's own
/// X-RAPPORT-* properties (champion stage, cadence, how met, score...). Reading reuses the
/// importer's line parser (importers/VCardProperty.h); writing escapes, quotes parameters and
/// folds at 75 octets without splitting a UTF-8 sequence.
class VCardCodec
{
public:
    /// A whole card (CRLF line ends). unknownLines from a previous decode are written back
    /// unchanged before REV and END.
    static QByteArray encode(const Contact& contact, const CardExtras& extras = {},
                             VCardVersion version = VCardVersion::V3, const QList<QByteArray>& unknownLines = {});
    /// The first card in the data. Fails only when there is no BEGIN:VCARD ... END:VCARD.
    static Result<DecodedCard> decode(const QByteArray& data);

    /// TEXT escaping: backslash, comma, semicolon, newline ("\n"); CR dropped.
    static QString escapeText(const QString& text);
    /// A parameter value: quoted when it holds , ; or :, RFC 6868 caret-escaped.
    static QString paramValue(const QString& value);
    /// Folds one logical line to physical lines of at most 75 octets, each ending in CRLF.
    static QByteArray foldLine(const QByteArray& line);
};

} // namespace rapport::sync
