#include "UserProfile.h"

namespace rapport {

bool UserProfile::isEmpty() const
{
    return name.isEmpty() && linkedinUrl.isEmpty() && headline.isEmpty() && industries.isEmpty() && roles.isEmpty() &&
           companies.isEmpty() && regions.isEmpty();
}

} // namespace rapport
