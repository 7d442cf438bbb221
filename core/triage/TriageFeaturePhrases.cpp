// Phrase patterns of the features that are found by matching alone. Written against the folded
// message (lower case, no accents, straight apostrophes). English first, then German, Slovak,
// Spanish and French. Patterns describe kinds of wording from the labelling rules, not lines of
// any data set.

#include "TriagePhrases.h"

#include <array>

namespace rapport::triage::phrases {

namespace {

QRegularExpression patternFor(Feature f)
{
    switch (f) {
    case Feature::VolumeNetworking:
        return compilePhrases({
            R"(\bopen[- ]?networker\b|\bpower ?networker\b|\bsuper ?connector\b|\bnever (?:click |say |hit |press )?idk\b)",
            R"(\bnever (?:reject|decline|ignore|turn down|say no to) (?:an? |any )?(?:invite|invitation|request|connection)s?\b)",
            R"(\baccept(?:s|ing)? (?:all|every|any)(?: \w+)? (?:invites?|invitations?|requests?|connections?)\b|\bi accept (?:all|everyone|everybody)\b)",
            R"(\b(?:every|all) (?:invite|invitation|request)s? (?:gets? |are |is )?accepted\b)",
            R"(\b(?:goal|target|aim) (?:of|is) (?:reaching )?[\d,.]+ ?k? (?:connections|followers|contacts)\b)",
            R"(\b(?:grow|growing|expand|expanding|build|building) my network to [\d,.]+)",
            R"(\breach(?:ing)? [\d,.]+ ?k? (?:connections|followers)\b|\b[\d,.]+ ?k?\+ (?:connections|followers)\b)",
            R"(\b(?:my|our) [\d,.]+ ?k?\+?[- ](?:strong )?(?:connections|network|followers)\b|\b[\d,.]+ ?k?[- ]strong (?:network|community)\b)",
            R"(\bwelcome to my network\b|\bconnecting with (?:winners|everyone|everybody|all)\b|\bnetwork is your net ?worth\b)",
            R"(\bengagement pod\b|\bfollow (?:for|4) follow\b|\bf4f\b|\bmutual (?:follow|engagement)\b)",
            R"(\boffene[rn]? netzwerker\b|\bnehme (?:alle|jede) (?:anfragen|einladungen)\b)",
            R"(\bprijimam (?:vsetky|kazdu)\b|\bacepto (?:todas|todos|cualquier)\b|\bj'accepte (?:toutes|tous)\b)",
        });
    case Feature::AmplifyAsk:
        return compilePhrases({
            R"(\bfollow (?:me|my (?:page|profile|channel|newsletter|account|company page))\b)",
            R"(\bendorse (?:me|my)\b|\b(?:like|share|comment on|repost|reshare|boost) my (?:\w+ )?(?:post|content|article|video|reel|page)\b)",
            R"(\bsubscribe to my\b|\b(?:check out|visit|browse) my (?:\w+ )?(?:page|profile|channel|website|site|course|book|podcast|shop|store)\b)",
            R"(\binvite your (?:contacts|friends|network|colleagues)\b|\btell your (?:friends|colleagues|network)\b)",
            R"(\bpass (?:it|this|me|my \w+) (?:along|on)\b|\bshare (?:it|this) with your (?:network|friends|contacts)\b)",
            R"(\breferrals? (?:get|earn|receive|bonus)\b|\bif you know (?:anyone|someone|people|somebody) (?:who|that|interested)\b)",
            R"(\bfeel free to (?:invite|share|refer)\b|\bsupport my (?:page|post|campaign)\b)",
            R"(\bfolgen sie mir\b|\bfolge mir\b|\bempfehlen sie mich\b|\bsledujte (?:ma|moju)\b|\bodporucte ma\b)",
            R"(\bsigueme\b|\bsiganme\b|\brecomiendame\b|\bsuivez[- ]moi\b|\bparlez[- ](?:leur|en)\b|\bsi vous connaissez des\b)",
        });
    case Feature::Credentials:
        return compilePhrases({
            R"(\b\d+\+? years (?:of experience|experience|in|as|at|leading|building)\b)",
            R"(\b(?:i'?ve|i have|we'?ve|we have) spent \d+ years\b)",
            R"(\bhelped (?:over |more than )?(?:thousands|hundreds|[\d,.]+\+?) (?:of )?(?:people|clients|customers|businesses|companies|founders|professionals|families|students)\b)",
            R"(\b[\d,.]+\+ (?:happy )?(?:clients|businesses|companies|customers|students|projects)\b|\bmany happy clients\b)",
            R"(\b(?:featured|seen) (?:on|in) (?:fox|nbc|cbs|abc|cnn|bbc|forbes|yahoo|bloomberg|inc|entrepreneur|tedx?)\b|\bas seen on\b)",
            R"(\baward[- ]winning\b|\bbest[- ]?selling author\b|\btop \d+ (?:voice|influencer|coach)\b|\b\d+ ?[mk]\+? followers\b)",
            R"(\bcertified (?:expert|coach|consultant|specialist|trainer|advisor)\b)",
            R"(\b\d+ jahre erfahrung\b|\b\d+ rokov (?:skusenost|praxe)\w*|\b\d+ anos de experiencia\b|\b\d+ ans d'experience\b)",
        });
    case Feature::ServicePitch:
        return compilePhrases({
            R"(\bwe (?:help|helped|support|work with|partner with|speciali[sz]e in|offer|provide|build|deliver|deal in|can help|can get|have helped|curate|organi[sz]e|run|host)\b)",
            R"(\bi (?:help|speciali[sz]e|offer|provide|make|run|host|can (?:help you|get you|fix|redesign|build|design|create|boost|double|increase|save|recover))\b)",
            R"(\bi work with (?:growing |small |local )?(?:companies|businesses|founders|teams|leaders|executives|people)\b)",
            R"(\bour (?:services|solutions?|agency|firm|offer|programs?|courses?|masterclass|membership|whitelist|clients|portfolio|network of)\b)",
            R"(\bour (?:new )?(?:platform|product|tool|software|app|community|system) (?:helps|can|lets|allows|will|is (?:used|trusted|built))\b)",
            R"(\bour (?:company|firm|agency|team) (?:offers|provides|helps|specialises|specializes)\b|\b(?:unser unternehmen|unsere firma) bietet\b)",
            R"(\bmy (?:services|agency|new course|course|masterclass|program|coaching|products?|portfolio)\b|\bportfolio:)",
            R"(\b(?:i am|i'm) (?:a )?(?:freelance|certified|professional) \w+)",
            R"(\b(?:for|at) only [$€£]?\d|\b[$€£] ?\d[\d,.]*|\b\d[\d,.]* ?(?:usd|eur|dollars|euros?)\b)",
            R"(\bwe (?:just )?(?:built|launched|created|developed) (?:an?|our)\b|\b(?:willing|open|interested) (?:to|in) (?:try|trying|test|testing)\b)",
            R"(\bhow (?:we|i) help\b|\binterested in (?:our|my|how we)\b|\bhelp (?:companies|businesses|founders|physicians|doctors|leaders|startups|teams|creators|professionals) (?:like yours )?(?:to )?\w+)",
            R"(\b(?:paid )?collaborations?\b|\broster\b|\bpartnership opportunit\w*)",
            R"(\b(?:working capital|equipment financing|loan approvals?|mortgage|refinanc\w*|insurance quote|best deals?|homes? in your price range|new or used car)\b)",
            R"(\b(?:seo|ppc|lead generation|more leads|qualified leads|managed it|outsourcing|staffing|consultations?|team ?buildings?)\b)",
            R"(\bwe(?:'ve been| have been|'re| are) (?:supplying|providing|offering|helping|delivering|selling|installing|partnering with|working with (?:companies|businesses|brands))\b|\bwe (?:supply|sell|install|distribute|manufacture)\b)",
            R"(\bi (?:coach|train|mentor|advise|consult)\b (?!you\b)|\blet me know if you (?:ever )?need (?:any )?(?:support|help|a hand|anything)\b)",
            R"(\bwir (?:bieten|helfen|unterstutzen|entwickeln|organisieren)\b|\bich biete\b|\bunser(?:e|en)? (?:angebot|losung|losungen|dienstleistung\w*|produkt)\b)",
            R"(\bponukame\b|\bpripravujeme\b|\bnase (?:sluzby|riesenia|produkty)\b|\bna mieru\b|\b(?:nasa|nasa) (?:spolocnost|firma) (?:ponuka|poskytuje)\b)",
            R"(\b(?:viem|vieme|mozem|mozeme) vam (?:usetrit|zabezpecit|ponuknut|pripravit|znizit)\b|\bcenov\w* ponuk\w*|\bvyhodn\w* cen\w*)",
            R"(\bofrecemos\b|\bayudamos a\b|\bnuestros (?:servicios|productos)\b|\b(?:le|te) ofrezco\b|\bnuestra empresa (?:ofrece|ayuda)\b)",
            R"(\bje (?:vous|te) propose\b|\bnous (?:aidons|proposons|offrons|accompagnons)\b|\bnos (?:services|solutions)\b|\bnotre (?:societe|entreprise|cabinet) (?:propose|accompagne|aide)\b)",
        });
    case Feature::CallToAction:
        return compilePhrases({
            R"(\bfree (?:\w+ )?(?:audit|consultation|strategy call|trial|quote|assessment|reading|list|demo|session|ebook|guide|gift|crystal|review|analysis|welcome package)\b)",
            R"(\b\d+ ?% off\b|\bdiscount\b|\bearly[- ]bird\b|\blimited (?:spots|places|seats|time|offer)\b|\b(?:only )?\d+ (?:spots?|places|seats) left\b)",
            R"(\bbefore (?:it'?s|they'?re) gone\b|\bbefore my calendar fills\b|\bwindow closes\b|\bact now\b|\btoday only\b)",
            R"(\bbook (?:a|your|my) (?:\w+ )?(?:call|reading|demo|slot|session|seat|consultation)\b|\breserve (?:a|your) (?:seat|spot|place)\b)",
            R"(\bdm (?:me|now)\b|\b(?:contact|message|text|reach) me (?:on|via|at) (?:whatsapp|telegram)\b|\bwhatsapp\b|\btelegram\b)",
            R"(\bt\.me/|\bcalendly\.com|\bbit\.ly/|\bwa\.me/)",
            R"(\blet me know if (?:you(?:'re| are) )?interested\b|\bare you (?:currently )?(?:raising|hiring|looking for|interested in|an? \w+ (?:seller|owner))\b)",
            R"(\b(?:shall|can|may) i (?:reserve|send you (?:the|our|a) (?:prospectus|brochure|deck|proposal|pricing|details|list))\b)",
            R"(\bwant me to send (?:you )?the details\b|\breply with the word\b|\bsend me a message\b|\bstop by the\b|\bkeep my number\b)",
            R"(\btickets? (?:are|cost)\b|\bprospectus\b|\bexhibitor\b|\bbooths?\b)",
            R"(\bkostenlos\w*|\bunverbindlich\w*|\brabatt\b|\bzadarmo\b|\bbezplatn\w*|\bzlav\w*)",
            R"(\bgratis\b|\bgratuit[oa]s?\b|\bdescuento\b|\bgratuite?s?\b|\boffert\b|\bremise\b|\bbilan (?:patrimonial )?gratuit\b)",
        });
    case Feature::MeetingAsk:
        return compilePhrases({
            R"(\b(?:schedule|book|set up|hop on|jump on|have|arrange) (?:a |an )?(?:quick |brief |short |\d+[- ]minute |intro |introductory |discovery |virtual )?(?:call|chat|meeting|zoom|demo)\b)",
            R"(\b(?:quick|brief|short|intro|introductory|discovery|virtual|exploratory) (?:call|chat|coffee|meeting|conversation)\b)",
            R"(\bright person to (?:speak|talk) (?:with|to) about\b|\bspare (?:\d+|a few|five|ten|fifteen|twenty) minutes\b|\bworth a (?:conversation|chat|call)\b)",
            R"(\bopen to (?:a )?(?:quick )?(?:chat|call|conversation)\b|\bup for a (?:\w+ )?(?:coffee|call|chat)\b)",
            R"(\b(?:kurzes? )?(?:gesprach|telefonat)\b|\btermin (?:vereinbaren|ausmachen)\b)",
            R"(\b(?:kratke )?stretnutie\b|\bdohodnut\b|\bkratky hovor\b)",
            R"(\b(?:una )?(?:llamada|reunion) (?:breve|rapida)\b|\bagendar\b)",
            R"(\b(?:un )?(?:appel|rendez-vous|echange) (?:rapide|de \d+ minutes)\b|\bprendre rendez-vous\b)",
        });
    case Feature::JobOrReferralAsk:
        return compilePhrases({
            R"(\b(?:send|share|envoyer|enviar|schicken|poslat)\w* (?:me |m'|mir |mi )?(?:your|votre|su|tu|ihren|deinen|vas) (?:updated )?(?:cv|resume|lebenslauf|curriculum|zivotopis)\b)",
            R"(\brefer me\b|\breferral for\b|\b(?:my|attached|see my|here is my) (?:resume|cv)\b|\bresume:|\bcv:)",
            R"(\b(?:any|relevant|open) (?:\w+ )?(?:openings|roles|positions|vacancies)\b.{0,30}\b(?:your|at your)\b)",
            R"(\b(?:openings?|vacanc\w+) (?:in|at) your (?:company|firm|team|organi[sz]ation)\b)",
            R"(\blooking for (?:a |an )?(?:job|internship|position|role)\b|\bhelp me (?:get|land|find|break into)\b|\bbreaking into\b)",
            R"(\blebenslauf\b|\bzivotopis\b|\bodporucit ma\b|\b(?:mi )?curriculum\b|\brecomendarme\b|\bmon cv\b|\bme recommander\b)",
        });
    case Feature::MoneyAsk:
        return compilePhrases({
            R"(\bsponsor(?:ship|ing)?\b|\bdonat(?:e|ion|ions)\b|\bevery dollar\b|\bcontribut(?:e|ion) to our\b)",
            R"(\b(?:buyers|investors) (?:please|contact)\b|\bif you have (?:any )?(?:buyers|investors)\b|\binvest (?:in|with) (?:us|our|my)\b)",
            R"(\bparticipation fee\b|\bretainer\b|\bminimum (?:starting )?(?:amount|investment|deposit)\b|\bdeposit\b)",
            R"(\bspende\b|\bspenden sie\b|\bdonacion\b|\bfaire un don\b|\bprispiet\w*)",
        });
    case Feature::RecruiterBlast:
        return compilePhrases({
            R"(\byour profile (?:matched|matches|came up in) (?:a |my |our )?(?:\w+ )?search\b)",
            R"(\byour (?:profile|background|experience) (?:looks like|seems like|is|would be) (?:a )?(?:great|perfect|good|strong|ideal) (?:fit|match)\b|\b(?:for|with) one of our clients\b)",
            R"(\bvotre profil (?:a retenu|correspond|nous interesse)\b|\bpretentions salariales\b|\bun de nos clients\b|\bihr profil passt\b|\bsu perfil encaja\b|\buno de nuestros clientes\b|\bvas profil (?:zaujal|zodpoveda)\b)",
            R"(\b(?:rate|salary expectations?|notice period) and availability\b|\breply with your (?:rate|cv|resume|availability)\b)",
            R"(\bexciting (?:\w+ )?(?:opportunit\w+|role|position)\b|\bi have (?:a|an) (?:exciting |great )?(?:role|position|opportunity|vacancy)\b)",
            R"(\b(?:my|our) client (?:is|are) (?:hiring|looking|seeking)\b|\brate: ?doe\b|\bskills: )",
            R"(\b(?:spannende|interessante) (?:position|stelle)\b|\boferta de empleo\b|\bopportunite de poste\b)",
        });
    case Feature::ScamOrMlm:
        return compilePhrases({
            R"(\bcryptocurrenc\w*|\bcrypto (?:trading|investment|arbitrage|profits?|returns|signals|exchanges?|opportunit\w+|recovery|scam)\b|\bbitcoin (?:investment|trading|recovery|mining)\b)",
            R"(\bforex\b|\bdefi\b|\bweb3\b|\btoken (?:launch|sale|presale)\b|\bwhitelist\b|\bairdrop\b|\bnft drop\b)",
            R"(\btrading (?:bot|signals|robot)\b|\bpassive(?:ly)? income\b|\bfully passive\b|\bfinancial freedom\b|\bsecond income\b)",
            R"(\b\d+(?:[.,]\d+)?%?(?: (?:to|-|and) |-)\d+(?:[.,]\d+)?% (?:weekly|daily|monthly|every (?:single )?(?:week|day)|per (?:week|day)|a (?:week|day))\b)",
            R"(\b\d+(?:[.,]\d+)?% (?:weekly|daily|every (?:single )?(?:week|day)|per (?:week|day)|a (?:week|day))\b|\b(?:weekly|daily) returns?\b)",
            R"(\brisk[- ]free\b|\bguaranteed (?:returns?|profits?|income)\b|\brecover (?:your )?(?:lost )?(?:funds|money)\b|\bfunds? recovery\b)",
            R"(\bbe your own boss\b|\bwork from home opportunit\w+|\bnetwork marketing\b|\bmlm\b|\b\d+% bonus on\b|\binvestment club\b)",
            R"(\bquit (?:their|your|my) (?:day )?jobs?\b|\bfeature in our magazine\b|\bpay[- ]to[- ](?:speak|be featured)\b|\bspeaking slots? (?:are )?available\b)",
            R"(\b(?:has|have|you'?ve) been (?:selected|shortlisted|nominated) for (?:our|the|a)\b|\b(?:publication|listing|registration|processing|participation|nomination) fee\b|\bsecure your (?:spot|profile|place|listing)\b)",
            R"(\bcrude oil\b|\bgold,? (?:and )?real estate\b|\bmake money online\b|\bdouble your (?:money|investment)\b)",
            R"(\bpassives? einkommen\b|\bfinanzielle freiheit\b|\bkrypto\w*|\bpasivn\w* prijem\w*|\bfinancn\w* slobod\w*)",
            R"(\bingresos pasivos\b|\blibertad financiera\b|\bcripto\w*|\brevenus? passifs?\b|\bliberte financiere\b)",
        });
    case Feature::Flattery:
        return compilePhrases({
            R"(\b(?:impressive|inspiring|amazing|remarkable|outstanding|incredible|stellar|fantastic) (?:profile|background|journey|career(?: journey)?|experience|achievements|accomplishments|track record|work)\b)",
            R"(\byour (?:\w+ )?(?:profile|background|content|experience|journey|career) (?:really |truly )?(?:stands? out|stood out|caught my (?:eye|attention)|impressed me|is (?:impressive|inspiring|amazing))\b)",
            R"(\b(?:came across|stumbled upon|found|was browsing) your (?:impressive |interesting |amazing |inspiring )?profile\b)",
            R"(\b(?:leaders|professionals|people|experts|creators|founders|executives|winners|minds|individuals|product leaders) like you(?:rself)?\b)",
            R"(\bas a (?:fellow )?(?:leader|professional|expert|visionary|physician|doctor|founder|executive) (?:who|in|like)\b|\bfellow professional\b)",
            R"(\b(?:great|amazing|talented|forward-thinking|like-minded|successful|top|visionary|influential|dynamic|ambitious) (?:leaders|professionals|people|minds|executives|individuals)\b)",
            R"(\bi(?:'ve| have) been following your (?:\w+ )?(?:career|journey|work|success|growth)\b|\btruly inspired\b|\bresonates deeply\b)",
            R"(\byour (?:loyal|engaged|amazing) audience\b|\bclearly (?:cares|care about|passionate)\b)",
            R"(\bs velkym zaujmom sledujem\b|\bgratulujem k (?:uspechom|vysledkom)\b|\bdynamick\w* firm\w*)",
            R"(\bbeeindruckend\w* (?:profil|werdegang)\b|\b(?:impresionante|inspirador[a]?) (?:perfil|trayectoria)\b|\b(?:profil|parcours) (?:impressionnant|inspirant)\b)",
        });
    case Feature::Pretext:
        return compilePhrases({
            R"(\bpeople you may know\b|\b(?:viewed|visited|looked at) my profile\b|\byour profile (?:came up|popped up|appeared)\b)",
            R"(\b(?:many|several|a few|lots of|a lot of|some|\d+) (?:mutual|shared|common) (?:connections|contacts|friends)\b)",
            R"(\b(?:show|shows|showed) up as mutual\b|\bmutual connections for us\b|\bwe have (?:a lot of |many |several |some )?(?:mutual|common|shared) (?:connections|contacts)\b)",
            R"(\bmembers of (?:the )?[^.!?\n]{0,60}\bgroup\b|\b(?:same|our) (?:linkedin )?group\b|\bfellow (?:member|alum|alumni|alumnus|graduate)\b)",
            R"(\b(?:same|both) (?:school|university|alma mater|industry|field)\b|\b(?:went|studied|go) to the same\b|\balumni of\b)",
            R"(\bsynerg\w*|\badd value to each other\b|\bmutual(?:ly)? benefi\w*|\bexpand (?:our|my|your) (?:circles?|network)\b)",
            R"(\b(?:love|enjoy|like) (?:connecting|networking) with\b|\bexplore (?:potential |possible |new )?(?:opportunities|collaborations?|synergies|ways to work)\b|\bpick your brain\b)",
            R"(\b(?:like-minded|interesting) (?:people|professionals|individuals)\b|\bnever say no to meeting\b|\bno agenda\b|\bjust learning\b)",
            R"(\balways (?:great|good) to (?:expand|connect|grow)\b|\bhope you don'?t mind the outreach\b|\b(?:expand|grow) (?:our|my) circles\b)",
            R"(\bgemeinsame kontakte\b|\bspolocn\w* (?:kontakt|znam)\w*|\bcontactos en comun\b|\bcontacts en commun\b)",
        });
    case Feature::MailMerge:
        return compilePhrases({
            R"(\{\{? ?[a-z_ .]{2,30} ?\}\}?|%[a-z_]{3,30}%|\$\{[a-z_]+\})",
            R"(\[(?:first|last|full|company|your|recipient|job|industry|contact|name|title|city)[a-z _]{0,20}\]|<(?:first|last|full|company|name)[a-z _]{0,20}>)",
        });
    case Feature::GenericAudience:
        return compilePhrases({
            R"(\bsir ?(?:/|or) ?ma'?(?:am|m|dam)\b|\bdear (?:sir|madam)\b|\b(?:hi|hello|dear) friend\b|\bsir/mam\b)",
            R"(\b(?:companies|businesses|people|leaders|professionals|firms) in your (?:space|industry|field|area|sector)\b)",
            R"(\b(?:saw|noticed|see) (?:that )?you(?:'re| are)? (?:work )?in (?:finance|fintech|tech|sales|marketing|hr|real estate|healthcare|the \w+ (?:space|industry))\b|\byou work in \w+)",
            R"(\bif your (?:business|company) (?:ever )?needs\b|\bcompanies like yours\b|\bin the \w+ space\b|\bat your organi[sz]ation\b)",
            R"(\bsehr geehrte damen und herren\b|\bestimad[oa] senor(?:/a)?\b|\bmadame,? monsieur\b|\bvazen[iy] pan[ie]?\b)",
        });
    case Feature::SharedHistory:
        return compilePhrases({
            R"(\bwe (?:worked|studied|served|played|volunteered|trained|collaborated|taught|co-?taught) (?:together|on|at)\b|\bworked (?:together|with you|alongside you)\b)",
            R"(\b(?:i was|we were|i worked|we worked) (?:on|in|at) (?:the |a |that )?(?:[\w-]+ ){0,2}(?:shift|team|project|ward|unit|course|class|board|panel|trip|crew|committee|desk|squad)s? (?:with you|together)\b)",
            R"(\b(?:great|good|nice|a pleasure|fun|loved|enjoyed) (?:working|collaborating|teaching|presenting|volunteering|pairing) (?:with you|together)\b)",
            R"(\b(?:work|working) (?:with you )?(?:together )?again\b|\bwe were always together\b|\bassigned with you\b)",
            R"(\b(?:my|our) (?:former |old |ex-)?(?:colleague|teammate|manager|boss|supervisor|mentor|intern|classmate|coworker|co-worker|roommate|client|vendor)\b)",
            R"(\bi was your (?:\w+'s )?(?:\w+ ){0,2}(?:supervisor|manager|colleague|teacher|mentor|tutor|intern|student|physio|nurse|doctor|coach|trainer|tenant|neighbou?r|resident)\b)",
            R"(\bi was the \w+ (?:for|of|on) your\b|\bi'?m the \w+ who\b|\bshares? (?:the|a) (?:\w+ ){0,3}with your team\b)",
            R"(\b(?:you|she|he) (?:trained|taught|supervised|mentored|interviewed|hired|coached|treated|delivered) (?:me|my|our|us)\b|\byou were my (?:\w+ )?(?:teacher|professor|manager|mentor|supervisor|coach|doctor|lecturer|tutor|boss)\b)",
            R"(\b(?:we'?re|we are) (?:now )?(?:colleagues|teammates|neighbou?rs)\b|\bjoined your team\b|\b(?:my|our) (?:son|daughter|kid|child)(?:'s)? (?:is )?in your\b|\btook over (?:part of )?your\b)",
            R"(\b(?:do you |if you )?(?:still )?remember (?:me|us)\b|\bstill remember (?:us|me|the)\b|\bremember when we\b)",
            R"(\bwith me this (?:term|year|semester|week|month)\b|\bwe worked on\b|\b(?:our|the) (?:shared|joint) (?:project|folder|drive|paper|case)\b)",
            R"(\b(?:as|like) (?:discussed|promised|agreed|we discussed)\b|\bhere'?s the (?:[\w-]+ ){0,3}(?:i|we) (?:promised|mentioned|discussed)\b|\bthe \w+ (?:i|we) promised\b)",
            R"(\b(?:per|following|as per|after) (?:your|our) (?:email|call|conversation|chat|meeting|request|message|calls)\b|\ball those calls\b)",
            R"(\byou (?:asked|told) me to\b|\byou asked (?:to see|for)\b|\bas you (?:asked|requested)\b|\bfollowing up on our\b)",
            R"(\b(?:since|from) our (?:time|days) (?:at|in|together)\b|\b(?:manages?|managing|handles?) your (?:\w+ )?account\b)",
            R"(\bi (?:audited|built|designed|reviewed|installed|delivered|translated|tested|repaired|supervised) (?:the |your )?[^.!?\n]{0,40}\bfor your\b)",
            R"(\b(?:co-?present\w*|pair[- ]?program\w*|pair with you|(?:night )?shifts? together|together on the)\b)",
            R"(\b(?:thanks|thank you) (?:again )?for (?:covering|running|joining|fostering|supervising|mentoring|having me|hosting|a great (?:week|day|time))\b)",
            R"(\bwir haben (?:zusammen|gemeinsam)\b|\b(?:ehemalig|fruher)\w* kolleg\w*|\bwie (?:besprochen|versprochen|vereinbart)\b)",
            R"(\bpracovali sme\b|\bako sme sa dohodli\b|\bspolu sme\b|\b(?:moj|moja|byval\w*) koleg\w*)",
            R"(\b(?:fui|era) (?:su |tu )?(?:residente|alumn[oa]|companer[oa]|estudiante)\b|\btrabajamos juntos\b|\bcomo (?:hablamos|acordamos|prometi)\b|\ben su guardia\b)",
            R"(\bnous avons travaille\b|\bcomme (?:convenu|promis)\b|\bqui gere votre (?:\w+ )?compte\b|\bvotre compte (?:entreprise|client)\b)",
        });
    case Feature::RecalledDetail:
        return compilePhrases({
            R"(\byou (?:mentioned|said|told me|recommended|suggested|gave me|showed|explained|pointed out|promised|taught me|teach me|were the one)\b)",
            R"(\byour (?:words|advice|tip|trick|suggestion|feedback|comments?|explanation|example|framing|question) (?:on|about|with|of|that|when|for)\b)",
            R"(\bthe [^.!?\n]{1,40} you (?:recommended|mentioned|suggested|showed|designed|adapted|shared|described|cited|fixed|made|built|wrote|created)\b)",
            R"(\bvous (?:aviez|avez) (?:cite|mentionne|dit|parle|recommande)\b|\bsie (?:haben|hatten) (?:\w+ )?(?:erwahnt|gesagt|empfohlen)\b)",
            R"(\b(?:usted|tu) (?:menciono|dijo|recomendo)\b|\bcomo (?:manejo|explico)\b|\b(?:ste|si) (?:spomenul|povedal|odporucil)\w*|\bnapad s\b)",
        });
    case Feature::Introduced:
        return compilePhrases({
            R"(\b(?:suggested|recommended) (?:that )?(?:i|we) (?:should )?(?:reach out|connect|contact|get in touch|write|talk|speak|email|message)\b)",
            R"(\b(?:introduced us|put us in touch|connected us|pointed me to you|referred me to you|sent me your way|asked me to (?:reach out|connect|contact you))\b)",
            R"(\b(?:she|he|they) (?:said|told me) to say (?:hi|hello)\b|\bsays? (?:hi|hello)\b|\bsaid to say (?:hi|hello)\b)",
            R"(\b(?:our|a) mutual friend \w+|\bmy supervisor (?:agreed|suggested)\b)",
            R"(\b(?:gave|passed|sent) me your (?:name|details|contact|number|email)\b|\b(?:she|he|they) said you'?d be the (?:right|best) person\b)",
            R"(\btold me to (?:reach out|contact you|get in touch|talk to you|write to you)\b|\b(?:suggested|recommended) (?:that )?i (?:ask|talk to|contact|write to) you\b)",
            R"(\bauf empfehlung von\b|\bhat mir (?:\w+ ){0,3}empfohlen\b|\bz odporucania\b|\bodporucil mi\b)",
            R"(\bde parte de\b|\bme recomendo (?:que )?(?:le|te)\b|\bde la part de\b|\bm'a (?:conseille|recommande|suggere) de (?:vous|te)\b)",
        });
    case Feature::ThanksForSomething:
        return compilePhrases({
            R"(\b(?:thanks|thank you|thx|many thanks)(?: again| so much| very much)? for (?!(?:your time|accepting|connecting|reading|considering|your consideration|the add|adding|helping me reach|the connection)\b)\w+)",
            R"(\bcongrat\w*(?: again)? (?:on|for) (?:the|your|passing|getting|landing)\b)",
            R"(\b(?:vielen )?dank(?:e)?(?: nochmal| noch einmal| vielmals| sehr)? (?:fur|fuer) (?:die|den|das|ihre?n?|deine?n?)\b|\bherzlichen gluckwunsch (?:zu|zum|zur)\b)",
            R"(\b(?:dakujem|dakujeme|vdaka) (?:vam |ti )?za\b|\bgracias por\b|\b(?:felicidades|enhorabuena) por\b|\bmerci (?:pour|de|d')\b|\bfelicitations pour\b)",
        });
    case Feature::ConcreteNextStep:
        return compilePhrases({
            R"(\bi'?ll (?:\w+ )?(?:send|share|forward|upload|draft|bring|email|keep you posted|have)\b)",
            R"(\b(?:by|on|before|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+(?:st|nd|rd|th)?)\b|\b(?:tonight|tomorrow)\b)",
            R"(\bsee you (?:at|on|next|in)\b|\blet'?s (?:catch up|keep in touch|do|get|grab|meet|submit)\b)",
            R"(\b(?:beers?|coffee|lunch|pizza|dinner|drinks?|ramen)\b[^.!?\n]{0,20}\bon me\b|\bkeep you posted\b)",
            R"(\bich schicke\b|\bposlem\b|\ble envio\b|\bte (?:envio|mando)\b|\bje vous envoie\b|\bje t'envoie\b)",
        });
    case Feature::OfferHelp:
        return compilePhrases({
            R"(\bhow (?:can|could|might) i (?:help|support|be of help|be useful)\b|\bhappy to help\b)",
            R"(\b(?:if|let me know if) (?:there'?s )?(?:anything|any way) i can (?:do|help)\b)",
            R"(\bwie kann ich (?:ihnen|dir) helfen\b|\bako (?:vam|ti) mozem pomoct\b|\bcomo (?:puedo|podria) ayudar\w*|\bcomment (?:puis-je|pourrais-je) (?:vous|t') ?aider\b)",
        });
    default:
        return {};
    }
}

} // namespace

const QRegularExpression* forFeature(Feature f)
{
    static const std::array<QRegularExpression, kFeatureCount> table = [] {
        std::array<QRegularExpression, kFeatureCount> t;
        for (std::size_t i = 0; i < kFeatureCount; ++i) {
            t[i] = patternFor(static_cast<Feature>(i));
        }
        return t;
    }();
    const QRegularExpression& re = table[index(f)];
    return re.pattern().isEmpty() ? nullptr : &re;
}

} // namespace rapport::triage::phrases
