// The views the navigation offers. Adding a view is one registerView() call here (see
// navigation/ViewRegistry.h for the order numbers reserved for the views still to come).
#include "ChampionsView.h"
#include "CirclesView.h"
#include "ContactsView.h"
#include "DashboardView.h"
#include "InvitationsView.h"
#include "PlanView.h"
#include "TrashView.h"
#include "navigation/ViewRegistry.h"

#include <QCoreApplication>

namespace rapport::views {

void registerBuiltinViews()
{
    registerView({QStringLiteral("today"), 10, [] { return QCoreApplication::translate("Views", "Today"); },
                  QStringLiteral("today"),
                  [](AppContext& c) -> View* { return new PlanView(PlanView::Mode::Today, c); }});
    registerView({QStringLiteral("week"), 20, [] { return QCoreApplication::translate("Views", "This Week"); },
                  QStringLiteral("calendar"),
                  [](AppContext& c) -> View* { return new PlanView(PlanView::Mode::Week, c); }});
    registerView({QStringLiteral("contacts"), 30, [] { return QCoreApplication::translate("Views", "Contacts"); },
                  QStringLiteral("contacts"), [](AppContext& c) -> View* { return new ContactsView(c); }});
    registerView({QStringLiteral("circles"), 40, [] { return QCoreApplication::translate("Views", "Circles"); },
                  QStringLiteral("circles"), [](AppContext& c) -> View* { return new CirclesView(c); }});
    registerView({QStringLiteral("champions"), 50, [] { return QCoreApplication::translate("Views", "Champions"); },
                  QStringLiteral("champion"), [](AppContext& c) -> View* { return new ChampionsView(c); }});
    registerView({QStringLiteral("invitations"), 60, [] { return QCoreApplication::translate("Views", "Invitations"); },
                  QStringLiteral("invitations"), [](AppContext& c) -> View* { return new InvitationsView(c); }});
    registerView({QStringLiteral("dashboard"), 70, [] { return QCoreApplication::translate("Views", "Dashboard"); },
                  QStringLiteral("dashboard"), [](AppContext& c) -> View* { return new DashboardView(c); }});
    registerView({QStringLiteral("trash"), 90, [] { return QCoreApplication::translate("Views", "Trash"); },
                  QStringLiteral("trash"), [](AppContext& c) -> View* { return new TrashView(c); }});
}

} // namespace rapport::views
