#pragma once

#include <QString>
#include <QStringList>

namespace rapport {

/// The user: who they are (to tell their own messages from others') and whom they want to know.
struct UserProfile
{
    QString name;
    QString linkedinUrl;
    QString headline;
    QStringList industries;
    QStringList roles;
    QStringList companies;
    QStringList regions;

    bool isEmpty() const;
};

} // namespace rapport
