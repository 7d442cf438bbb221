#pragma once

#include "model/UserProfile.h"

#include <QHash>
#include <QStringList>

namespace rapport::scoring {

/// Does a contact fit the user's target market? Matches the profile's industries, roles,
/// companies and regions against the contact's fields as whole words, ignoring case and accents
/// ("CTO" matches "cto, Acme" but not "Director"; "Košice" matches "Kosice").
class MarketMatcher
{
public:
    explicit MarketMatcher(const UserProfile& profile);

    /// How many of the four dimensions the profile names (0: no target market).
    int dimensions() const { return m_dimensions; }

    /// How many dimensions the contact matches: industry (industry, headline), role (position,
    /// headline), company (company), region (location).
    int matches(const QString& industry, const QString& position, const QString& headline, const QString& company,
                const QString& location);

    /// True when `term` (folded) occurs in `text` (folded) as whole words.
    static bool containsWords(const QString& text, const QString& term);

private:
    const QString& folded(const QString& s);
    bool any(const QStringList& terms, const QString& a, const QString& b = QString());

    QStringList m_industries;
    QStringList m_roles;
    QStringList m_companies;
    QStringList m_regions;
    int m_dimensions = 0;
    QHash<QString, QString> m_cache; ///< field values repeat a lot (companies, industries)
};

} // namespace rapport::scoring
