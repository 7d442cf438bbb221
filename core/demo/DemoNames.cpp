#include "DemoNames.h"

namespace rapport::demo {

#define RAPPORT_LIST(fn, ...)                                                                                          \
    const QStringList& fn()                                                                                            \
    {                                                                                                                  \
        static const QStringList list = {__VA_ARGS__};                                                                 \
        return list;                                                                                                   \
    }

RAPPORT_LIST(firstNames, QStringLiteral("Jana"), QStringLiteral("Martin"), QStringLiteral("Amara"),
             QStringLiteral("Lukas"), QStringLiteral("Sofia"), QStringLiteral("Kwame"), QStringLiteral("Mei"),
             QStringLiteral("Jürgen"), QStringLiteral("Layla"), QStringLiteral("Tomás"), QStringLiteral("Priya"),
             QStringLiteral("Ondrej"), QStringLiteral("Chloé"), QStringLiteral("Hiro"), QStringLiteral("Zuzana"),
             QStringLiteral("Daniel"), QStringLiteral("Fatima"), QStringLiteral("Erik"), QStringLiteral("Ana"),
             QStringLiteral("Samuel"), QStringLiteral("伟"), QStringLiteral("Олена"), QStringLiteral("Nadia"),
             QStringLiteral("Peter"), QStringLiteral("Grace"), QStringLiteral("Mateo"), QStringLiteral("Ingrid"),
             QStringLiteral("Yusuf"), QStringLiteral("Katarína"), QStringLiteral("Oliver"))
RAPPORT_LIST(lastNames, QStringLiteral("Kováčová"), QStringLiteral("Novak"), QStringLiteral("Okafor"),
             QStringLiteral("Schmidt"), QStringLiteral("García"), QStringLiteral("Mensah"), QStringLiteral("Chen"),
             QStringLiteral("Weiß"), QStringLiteral("Haddad"), QStringLiteral("Silva"), QStringLiteral("Sharma"),
             QStringLiteral("Horváth"), QStringLiteral("Dubois"), QStringLiteral("Tanaka"), QStringLiteral("Baranová"),
             QStringLiteral("Müller"), QStringLiteral("Rahman"), QStringLiteral("Lindqvist"), QStringLiteral("Costa"),
             QStringLiteral("Adeyemi"), QStringLiteral("王"), QStringLiteral("Коваленко"), QStringLiteral("Benali"),
             QStringLiteral("Hughes"), QStringLiteral("Murphy"), QStringLiteral("Rossi"), QStringLiteral("Berg"),
             QStringLiteral("Yilmaz"), QStringLiteral("Szabó"), QStringLiteral("Brown"))
RAPPORT_LIST(companies, QStringLiteral("Northwind Logistics"), QStringLiteral("Tatra Analytics"),
             QStringLiteral("Blue Harbor Health"), QStringLiteral("Kestrel Robotics"), QStringLiteral("Fjord Energy"),
             QStringLiteral("Lumen Learning Labs"), QStringLiteral("Atlas Freight"), QStringLiteral("Orchid Bio"),
             QStringLiteral("Danube Fintech"), QStringLiteral("Copperleaf Design"), QStringLiteral("Meridian Legal"),
             QStringLiteral("Saffron Foods"), QStringLiteral("Granite Cloud"), QStringLiteral("Vltava Ventures"),
             QStringLiteral("Helix Pharma"))
RAPPORT_LIST(positions, QStringLiteral("Head of Engineering"), QStringLiteral("Product Manager"),
             QStringLiteral("Data Scientist"), QStringLiteral("Chief Financial Officer"),
             QStringLiteral("Talent Partner"), QStringLiteral("UX Researcher"), QStringLiteral("Founder & CEO"),
             QStringLiteral("Sales Director"), QStringLiteral("Operations Lead"), QStringLiteral("Staff Engineer"),
             QStringLiteral("Marketing Manager"), QStringLiteral("Investor"), QStringLiteral("Professor"),
             QStringLiteral("Consultant"), QStringLiteral("Recruiter"))
RAPPORT_LIST(cities, QStringLiteral("Bratislava"), QStringLiteral("Berlin"), QStringLiteral("London"),
             QStringLiteral("Accra"), QStringLiteral("Madrid"), QStringLiteral("Toronto"), QStringLiteral("Singapore"),
             QStringLiteral("Vienna"), QStringLiteral("Lyon"), QStringLiteral("Prague"), QStringLiteral("Dubai"),
             QStringLiteral("Stockholm"))
RAPPORT_LIST(industries, QStringLiteral("Software"), QStringLiteral("Logistics"), QStringLiteral("Healthcare"),
             QStringLiteral("Financial Services"), QStringLiteral("Energy"), QStringLiteral("Education"),
             QStringLiteral("Legal"), QStringLiteral("Biotech"))
RAPPORT_LIST(circleNames, QStringLiteral("Former colleagues"), QStringLiteral("Mentors"), QStringLiteral("Clients"),
             QStringLiteral("Conference friends"), QStringLiteral("Bratislava"), QStringLiteral("Investors"))
RAPPORT_LIST(conversationSummaries,
             QStringLiteral("Coffee near the office; talked about their move into product leadership."),
             QStringLiteral("Call about the data platform migration; they offered to review our plan."),
             QStringLiteral("Met at the meetup; swapped notes on hiring senior engineers."),
             QStringLiteral("Video call: feedback on my talk draft, two concrete suggestions."),
             QStringLiteral("Lunch; they are considering a new role and asked for an intro to a recruiter."),
             QStringLiteral("Quick call to congratulate them on the funding round."),
             QStringLiteral("Exchanged messages about the conference panel."),
             QStringLiteral("Walked through their pricing model; I shared our churn analysis."),
             QStringLiteral("Dinner after the workshop; long talk about burnout and sabbaticals."),
             QStringLiteral("They introduced me to their CTO; call went well."))
RAPPORT_LIST(nextSteps, QStringLiteral("Send the slides from the talk"),
             QStringLiteral("Introduce them to a data engineer"), QStringLiteral("Share the hiring rubric"),
             QStringLiteral("Ask how the launch went"), QStringLiteral("Send the article on sabbaticals"),
             QStringLiteral("Book a coffee in the new year"))
RAPPORT_LIST(collectorInvitations, QStringLiteral("I'd like to add you to my professional network on LinkedIn."),
             QStringLiteral("Hi! I help companies like yours scale with offshore developers at 40% lower cost. "
                            "Can we schedule a quick 15-minute call this week?"),
             QStringLiteral("LION here - I accept all invitations and never IDK. Let's grow our networks together! "
                            "Almost at 30,000 connections."),
             QStringLiteral("Hi {first_name}, I came across your impressive profile and would love to connect and "
                            "explore synergies."),
             QStringLiteral("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."),
             QStringLiteral("Earn 5% daily with our crypto trading signals. DM me for the private group!"),
             QStringLiteral("Serial entrepreneur, keynote speaker, bestselling author and coach with 20 years of "
                            "experience. Follow me for daily insights and endorse my skills!"))
RAPPORT_LIST(genuineInvitations,
             QStringLiteral("Hi, we sat next to each other at the Bratislava Data Meetup on Tuesday - you explained "
                            "the dbt snapshot trick. Would love to stay in touch."),
             QStringLiteral("Hello! Marek Horváth suggested I reach out - he said you rebuilt the freight "
                            "forecasting at Atlas. I'm starting a similar project and would value 20 minutes."),
             QStringLiteral("Your post on on-call rotations for small teams (the one with the two-tier pager) "
                            "changed how we do it. One question: how do you handle holidays?"),
             QStringLiteral("We worked together at Northwind in 2019 on the warehouse routing project. Great to see "
                            "your new role!"))
RAPPORT_LIST(collectorHeadlines, QStringLiteral("LION | Open Networker | 28K+ connections"),
             QStringLiteral("Growth Hacker | Lead Generation | DM for services"),
             QStringLiteral("CEO | Investor | Speaker | Author | Coach"))
RAPPORT_LIST(genuineHeadlines, QStringLiteral("Data Engineer at Tatra Analytics"),
             QStringLiteral("Logistics planner, Atlas Freight"), QStringLiteral("SRE at Granite Cloud"))

#undef RAPPORT_LIST

} // namespace rapport::demo
