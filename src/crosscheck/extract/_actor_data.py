"""Hand-written tables behind the actor extractor: countries, capitals, bodies and titles.

Each table is plain text parsed on first use (see ``actors._tables``), so importing this module
costs one string constant per table. Canonical country names are the short common English names
the gazetteer uses ("Turkey", "South Korea", "Ivory Coast").
"""

from __future__ import annotations

#: ISO 3166 alpha-2 | canonical name | other names (;) | demonyms and adjectives (;).
#: A short name listed under several countries ("Congo") is read, in an article, as the one of them
#: the article names unambiguously (nearest before, else after), and as the first listed otherwise.
COUNTRIES = """\
AF|Afghanistan||Afghan;Afghanistani
AL|Albania||Albanian
DZ|Algeria||Algerian
AD|Andorra||Andorran
AO|Angola||Angolan
AG|Antigua and Barbuda|Antigua||
AR|Argentina|Argentine Republic|Argentine;Argentinian;Argentinean
AM|Armenia||Armenian
AU|Australia|Commonwealth of Australia|Australian
AT|Austria||Austrian
AZ|Azerbaijan|Republic of Azerbaijan;Azerbaycan|Azerbaijani;Azeri;Azerbaijanian
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain||Bahraini
BD|Bangladesh||Bangladeshi
BB|Barbados||Barbadian
BY|Belarus|Byelorussia|Belarusian;Belarussian
BE|Belgium||Belgian
BZ|Belize||Belizean
BJ|Benin||Beninese
BT|Bhutan||Bhutanese
BO|Bolivia||Bolivian
BA|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia|Bosnian
BW|Botswana||Botswanan;Motswana
BR|Brazil|Brasil|Brazilian
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria||Bulgarian
BF|Burkina Faso||Burkinabe;Burkinabè
BI|Burundi||Burundian
CV|Cape Verde|Cabo Verde|Cape Verdean
KH|Cambodia||Cambodian
CM|Cameroon||Cameroonian
CA|Canada||Canadian
CF|Central African Republic||Central African
TD|Chad||Chadian
CL|Chile||Chilean
CN|China|People's Republic of China;PRC;Mainland China|Chinese
CO|Colombia||Colombian
KM|Comoros||Comoran;Comorian
CG|Republic of the Congo|Congo-Brazzaville;Congo;Congo Republic;Republic of Congo|
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;D.R. Congo;DR of Congo;Democratic Republic of Congo;Congo|Congolese
CR|Costa Rica||Costa Rican
CI|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire;Cote d’Ivoire|Ivorian
HR|Croatia||Croatian;Croat
CU|Cuba||Cuban
CY|Cyprus||Cypriot
CZ|Czechia|Czech Republic|Czech
DK|Denmark||Danish
DJ|Djibouti||Djiboutian
DM|Dominica||
DO|Dominican Republic||Dominican
EC|Ecuador||Ecuadorian;Ecuadorean
EG|Egypt||Egyptian
SV|El Salvador||Salvadoran;Salvadorean
GQ|Equatorial Guinea||Equatoguinean;Equatorial Guinean
ER|Eritrea||Eritrean
EE|Estonia||Estonian
SZ|Eswatini|Swaziland|Swazi;Eswatini
ET|Ethiopia||Ethiopian
FJ|Fiji||Fijian
FI|Finland||Finnish
FR|France|French Republic|French
GA|Gabon||Gabonese
GM|Gambia|The Gambia|Gambian
GE|Georgia|Sakartvelo|Georgian
DE|Germany|Federal Republic of Germany|German
GH|Ghana||Ghanaian
GR|Greece|Hellenic Republic|Greek;Hellenic
GD|Grenada||Grenadian
GT|Guatemala||Guatemalan
GN|Guinea|Guinea-Conakry|Guinean
GW|Guinea-Bissau|Guinea Bissau|Bissau-Guinean
GY|Guyana||Guyanese
HT|Haiti||Haitian
HN|Honduras||Honduran
HU|Hungary||Hungarian
IS|Iceland||Icelandic
IN|India|Bharat|Indian
ID|Indonesia||Indonesian
IR|Iran|Islamic Republic of Iran;Islamic Republic|Iranian
IQ|Iraq||Iraqi
IE|Ireland|Republic of Ireland;Eire|Irish
IL|Israel|State of Israel|Israeli
IT|Italy||Italian
JM|Jamaica||Jamaican
JP|Japan|Nippon|Japanese
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian
KZ|Kazakhstan|Qazaqstan|Kazakh;Kazakhstani
KE|Kenya||Kenyan
KI|Kiribati||
KP|North Korea|Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea|Republic of Korea;ROK|South Korean
XK|Kosovo||Kosovar;Kosovan
KW|Kuwait||Kuwaiti
KG|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani
LA|Laos|Lao PDR|Laotian;Lao
LV|Latvia||Latvian
LB|Lebanon||Lebanese
LS|Lesotho||Basotho
LR|Liberia||Liberian
LY|Libya||Libyan
LI|Liechtenstein||
LT|Lithuania||Lithuanian
LU|Luxembourg||Luxembourgish
MG|Madagascar||Malagasy
MW|Malawi||Malawian
MY|Malaysia||Malaysian
MV|Maldives|The Maldives|Maldivian
ML|Mali||Malian
MT|Malta||Maltese
MH|Marshall Islands||Marshallese
MR|Mauritania||Mauritanian
MU|Mauritius||Mauritian
MX|Mexico||Mexican
FM|Micronesia|Federated States of Micronesia|Micronesian
MD|Moldova|Republic of Moldova|Moldovan
MC|Monaco||Monegasque
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MA|Morocco||Moroccan
MZ|Mozambique||Mozambican
MM|Myanmar|Burma|Myanmar;Burmese
NA|Namibia||Namibian
NR|Nauru||Nauruan
NP|Nepal||Nepali;Nepalese
NL|Netherlands|The Netherlands;Holland|Dutch
NZ|New Zealand|Aotearoa|New Zealand
NI|Nicaragua||Nicaraguan
NE|Niger||Nigerien
NG|Nigeria||Nigerian
MK|North Macedonia|Macedonia;Republic of North Macedonia|North Macedonian;Macedonian
NO|Norway||Norwegian
OM|Oman||Omani
PK|Pakistan|Islamic Republic of Pakistan|Pakistani
PW|Palau||Palauan
PS|Palestine|State of Palestine;Palestinian Territories|Palestinian
PA|Panama||Panamanian
PG|Papua New Guinea||Papua New Guinean
PY|Paraguay||Paraguayan
PE|Peru||Peruvian
PH|Philippines|The Philippines|Philippine;Filipino
PL|Poland||Polish
PT|Portugal||Portuguese
QA|Qatar||Qatari
RO|Romania|Rumania|Romanian
RU|Russia|Russian Federation|Russian
RW|Rwanda||Rwandan
KN|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|
LC|Saint Lucia|St Lucia;St. Lucia|Saint Lucian
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|
WS|Samoa||Samoan
SM|San Marino||Sammarinese
ST|Sao Tome and Principe|São Tomé and Príncipe|
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian
SN|Senegal||Senegalese
RS|Serbia||Serbian;Serb
SC|Seychelles||Seychellois
SL|Sierra Leone||Sierra Leonean
SG|Singapore||Singaporean
SK|Slovakia|Slovak Republic|Slovak;Slovakian
SI|Slovenia||Slovenian;Slovene
SB|Solomon Islands||
SO|Somalia||Somali
ZA|South Africa|Republic of South Africa|South African
SS|South Sudan||South Sudanese
ES|Spain|Kingdom of Spain|Spanish
LK|Sri Lanka||Sri Lankan
SD|Sudan||Sudanese
SR|Suriname|Surinam|Surinamese
SE|Sweden||Swedish
CH|Switzerland|Swiss Confederation|Swiss
SY|Syria|Syrian Arab Republic|Syrian
TW|Taiwan|Republic of China|Taiwanese
TJ|Tajikistan||Tajik;Tajikistani
TZ|Tanzania|United Republic of Tanzania|Tanzanian
TH|Thailand|Siam|Thai
TL|East Timor|Timor-Leste|Timorese
TG|Togo||Togolese
TO|Tonga||Tongan
TT|Trinidad and Tobago||Trinidadian
TN|Tunisia||Tunisian
TR|Turkey|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey;Republic of Turkiye|Turkish
TM|Turkmenistan||Turkmen
TV|Tuvalu||Tuvaluan
UG|Uganda||Ugandan
UA|Ukraine|The Ukraine|Ukrainian
AE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British
US|United States|United States of America;U.S.;U.S.A.;USA;US;America|American;U.S.;US
UY|Uruguay||Uruguayan
UZ|Uzbekistan|Ozbekiston|Uzbek;Uzbekistani
VU|Vanuatu||
VA|Vatican City|Holy See;Vatican|Vatican
VE|Venezuela||Venezuelan
VN|Vietnam|Viet Nam|Vietnamese
YE|Yemen||Yemeni
ZM|Zambia||Zambian
ZW|Zimbabwe||Zimbabwean
"""

#: Country names that are also common given names, surnames or words: they count as a country
#: only when no other capitalised word stands right next to them ("Michael Jordan", "Chad Smith").
AMBIGUOUS_NAMES = frozenset(
    "jordan chad georgia turkey niger israel guinea dominica cuba mali china kenya india "
    "oman peru chile jamaica panama samoa togo".split()
)

#: Capitals (and seats of government) that news uses to stand for their government.
CAPITALS = """\
Washington|US
Moscow|RU
Kremlin|RU
Beijing|CN
Tehran|IR
Teheran|IR
Baku|AZ
Ankara|TR
Kyiv|UA
Kiev|UA
London|GB
Downing Street|GB
Paris|FR
Elysee|FR
Berlin|DE
Tokyo|JP
Seoul|KR
Pyongyang|KP
Riyadh|SA
Islamabad|PK
New Delhi|IN
Yerevan|AM
Tbilisi|GE
Damascus|SY
Cairo|EG
Tashkent|UZ
Astana|KZ
Bishkek|KG
Dushanbe|TJ
Ashgabat|TM
Kabul|AF
Baghdad|IQ
Athens|GR
Rome|IT
Warsaw|PL
Minsk|BY
Havana|CU
Caracas|VE
Taipei|TW
Hanoi|VN
Canberra|AU
Ottawa|CA
Doha|QA
Abu Dhabi|AE
Brasilia|BR
Pretoria|ZA
Addis Ababa|ET
Nairobi|KE
Abuja|NG
Khartoum|SD
Tripoli|LY
Algiers|DZ
Rabat|MA
Amman|JO
Beirut|LB
Sanaa|YE
Muscat|OM
Kuwait City|KW
Manila|PH
Jakarta|ID
Naypyidaw|MM
Dhaka|BD
Colombo|LK
Kathmandu|NP
Budapest|HU
Belgrade|RS
Pristina|XK
Chisinau|MD
Bucharest|RO
Sofia|BG
Vilnius|LT
Riga|LV
Tallinn|EE
Helsinki|FI
Stockholm|SE
Oslo|NO
Copenhagen|DK
Madrid|ES
Lisbon|PT
Dublin|IE
Vienna|AT
Bern|CH
Prague|CZ
Bratislava|SK
Mexico City|MX
Bogota|CO
Buenos Aires|AR
Santiago|CL
Lima|PE
Managua|NI
White House|US
Kigali|RW
Kampala|UG
Juba|SS
Asmara|ER
Mogadishu|SO
Niamey|NE
Bamako|ML
Ouagadougou|BF
Dakar|SN
Accra|GH
Kinshasa|CD
Luanda|AO
Harare|ZW
Lusaka|ZM
Maputo|MZ
Lilongwe|MW
Dodoma|TZ
Antananarivo|MG
N'Djamena|TD
Yaounde|CM
Conakry|GN
Freetown|SL
Monrovia|LR
Nouakchott|MR
Tunis|TN
Port-au-Prince|HT
Santo Domingo|DO
Tegucigalpa|HN
Quito|EC
Asuncion|PY
Montevideo|UY
Ulaanbaatar|MN
Phnom Penh|KH
Vientiane|LA
Bangkok|TH
Kuala Lumpur|MY
Nicosia|CY
Ljubljana|SI
Zagreb|HR
Sarajevo|BA
Podgorica|ME
Skopje|MK
Tirana|AL
Jerusalem|IL
Port Moresby|PG
Honiara|SB
Wellington|NZ
Suva|FJ
Apia|WS
Port Vila|VU
Dili|TL
Georgetown|GY
La Paz|BO
Paramaribo|SR
Kingston|JM
Port of Spain|TT
San Salvador|SV
Gaborone|BW
Windhoek|NA
Maseru|LS
Gitega|BI
Bujumbura|BI
Libreville|GA
Bangui|CF
Brazzaville|CG
Lome|TG
Lomé|TG
Cotonou|BJ
Banjul|GM
Bissau|GW
Manama|BH
Thimphu|BT
Naypyitaw|MM
Ulan Bator|MN
Ramallah|PS
Valletta|MT
Reykjavik|IS
"""

#: International and non-state bodies: canonical name | slug | aliases (;) | acronyms (;, case kept).
ORGANIZATIONS = """\
United Nations|un|UN;U.N.|UN;U.N.
UN Security Council|unsc|United Nations Security Council;U.N. Security Council;Security Council|UNSC
UN General Assembly|unga|United Nations General Assembly;U.N. General Assembly;General Assembly|UNGA
UNHCR|unhcr|UN Refugee Agency;U.N. refugee agency;UN refugee agency;United Nations High Commissioner for Refugees;Office of the United Nations High Commissioner for Refugees|UNHCR
World Health Organization|who|World Health Organisation|WHO
UNICEF|unicef|United Nations Children's Fund;UN Children's Fund;UN children's agency|UNICEF
OCHA|ocha|UN humanitarian office;U.N. humanitarian office;United Nations humanitarian office;Office for the Coordination of Humanitarian Affairs;UN Office for the Coordination of Humanitarian Affairs|OCHA;UNOCHA
World Food Programme|wfp|World Food Program;UN World Food Programme|WFP
UNESCO|unesco|United Nations Educational, Scientific and Cultural Organization|UNESCO
UNRWA|unrwa|UN agency for Palestinian refugees|UNRWA
UNDP|undp|United Nations Development Programme|UNDP
International Atomic Energy Agency|iaea|UN nuclear watchdog|IAEA
International Organization for Migration|iom|UN migration agency|IOM
NATO|nato|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato|NATO
European Union|eu||EU;E.U.
European Commission|ec||
European Parliament|ep||
European Central Bank|ecb||ECB
Council of the European Union|eu-council|Council of the EU;EU Council|
European Council|european-council||
Frontex|frontex||
UN Human Rights Council|unhrc|United Nations Human Rights Council;U.N. Human Rights Council;Human Rights Council|UNHRC
UN human rights office|ohchr|Office of the UN High Commissioner for Human Rights;U.N. human rights office;United Nations human rights office|OHCHR
Food and Agriculture Organization|fao|UN Food and Agriculture Organization|FAO
World Meteorological Organization|wmo|World Meteorological Organisation|WMO
UN Population Fund|unfpa|United Nations Population Fund|UNFPA
African Union|au||AU
African Union Commission|auc||AUC
ASEAN|asean|Association of Southeast Asian Nations;Association of South East Asian Nations|ASEAN
Arab League|arab-league|League of Arab States|
Gulf Cooperation Council|gcc||GCC
Organization of Islamic Cooperation|oic||OIC
Shanghai Cooperation Organisation|sco|Shanghai Cooperation Organization|SCO
Collective Security Treaty Organization|csto|Collective Security Treaty Organisation|CSTO
Commonwealth of Independent States|cis||CIS
Organization of Turkic States|ots|Organisation of Turkic States;Turkic Council|OTS
OSCE|osce|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe|OSCE
Council of Europe|coe||
OPEC|opec|Organization of the Petroleum Exporting Countries|OPEC
ECOWAS|ecowas|Economic Community of West African States|ECOWAS
Organization of American States|oas||OAS
G7|g7|Group of Seven|G7;G-7
G20|g20|Group of 20;Group of Twenty|G20;G-20
BRICS|brics||BRICS
International Committee of the Red Cross|icrc|Red Cross|ICRC
International Federation of Red Cross and Red Crescent Societies|ifrc||IFRC
Red Crescent|red-crescent||
Islamic Revolutionary Guard Corps|irgc|Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard;Islamic Revolution Guards Corps|IRGC
Amnesty International|amnesty||
Human Rights Watch|hrw||HRW
Doctors Without Borders|msf|Médecins Sans Frontières;Medecins Sans Frontieres|MSF
Reporters Without Borders|reporters-without-borders|Reporters Sans Frontières;Reporters Sans Frontieres|RSF
Committee to Protect Journalists|cpj||CPJ
Save the Children|save-the-children||
Oxfam|oxfam||
Greenpeace|greenpeace||
International Rescue Committee|irc||IRC
World Bank|world-bank||
International Monetary Fund|imf||IMF
World Trade Organization|wto|World Trade Organisation|WTO
Interpol|interpol|International Criminal Police Organization|INTERPOL
Europol|europol||
International Criminal Court|icc||ICC
International Court of Justice|icj|World Court|ICJ
FIFA|fifa|Fédération Internationale de Football Association|FIFA
UEFA|uefa|Union of European Football Associations|UEFA
International Olympic Committee|ioc||IOC
World Anti-Doping Agency|wada||WADA
World Athletics|world-athletics|International Association of Athletics Federations;IAAF|
World Rugby|world-rugby||
World Aquatics|world-aquatics|FINA|
FIBA|fiba|International Basketball Federation|FIBA
UCI|uci|Union Cycliste Internationale;International Cycling Union|UCI
International Tennis Federation|itf||ITF
International Cricket Council|icc-cricket||
Court of Arbitration for Sport|cas||CAS
Hamas|hamas||
Hezbollah|hezbollah|Hizbollah;Hizbullah|
Taliban|taliban||
Houthis|houthis|Houthi movement;Ansar Allah;Houthi rebels|
Islamic State|isis|Islamic State group;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria;Daesh|ISIS;ISIL
al-Qaeda|al-qaeda|Al-Qaeda;al Qaeda;Al Qaeda;al-Qaida;Al-Qaida|
al-Shabab|al-shabab|Al-Shabab;al-Shabaab;Al-Shabaab|
Boko Haram|boko-haram||
Kurdistan Workers' Party|pkk|Kurdistan Workers Party|PKK
Wagner Group|wagner|Wagner mercenary group|
Rapid Support Forces|rapid-support-forces|Rapid Support Force|RSF
Syrian Democratic Forces|sdf||SDF
M23|m23|M23 movement;March 23 Movement|
Hayat Tahrir al-Sham|hts|Hayat Tahrir al Sham|HTS
Islamic Jihad|islamic-jihad|Palestinian Islamic Jihad|
Tigray People's Liberation Front|tplf|Tigray People’s Liberation Front|TPLF
Reuters|reuters||
Al Jazeera|al-jazeera|Al-Jazeera|
BBC|bbc|British Broadcasting Corporation|BBC
Associated Press|ap||AP
Agence France-Presse|afp|Agence France Presse|AFP
"""

#: Kinds of ministry: canonical label | words that name it before "Ministry"/after "Ministry of".
#: The canonical name of a ministry is "<Country> Ministry of <label>".
MINISTRIES = """\
Defense|defense;defence;national defense;national defence;defense affairs;armed forces
Foreign Affairs|foreign;foreign affairs;external affairs;foreign relations;foreign and european affairs
Interior|interior;internal affairs;home affairs;the interior;home
Health|health;public health;health and social care
Emergency Situations|emergency situations;emergencies;emergency;emergency management
Finance|finance;treasury;economy and finance;finance and economy
Justice|justice
Economy|economy;economic affairs;economic development
Energy|energy;energy and natural resources
Education|education
Agriculture|agriculture;agriculture and forestry
Trade|trade;commerce;trade and industry
Transport|transport;transportation;transport and communications
Information|information;information and broadcasting
Communication|communication;communications;communication and media;information and communication;information and communications
Culture|culture;culture and tourism
Environment|environment;ecology
Labor|labor;labour;labour and social protection
Unification|unification
Intelligence|intelligence
"""

#: The United States names its ministries "Department of ..."; these are its usual names.
US_DEPARTMENTS = {
    "Defense": "United States Department of Defense",
    "Foreign Affairs": "United States Department of State",
    "Interior": "United States Department of Homeland Security",
    "Finance": "United States Department of the Treasury",
    "Justice": "United States Department of Justice",
}

#: Nouns after a demonym that make it stand for its state's armed forces.
MILITARY_HEADS = (
    "troops;forces;army;armies;military;militaries;armed forces;soldiers;servicemen;servicemembers;"
    "service members;navy;navies;air force;air forces;land forces;ground forces;naval forces;marines;"
    "special forces;commandos;border guards;border guard;coast guards;coast guard;gendarmerie;units;contingent;"
    "warplanes;jets;fighter jets;warships;drones;artillery;tanks;paratroopers;infantry;battalion;"
    "commanders;generals;airstrikes;air strikes;shelling;bombardment;general staff;"
    "brigade;division;peacekeepers;military forces;defense forces;defence forces;national guard;"
    "defense force;defence force"
)

#: Nouns after a demonym that make it stand for its state (the government and its agents).
STATE_HEADS = (
    "government;governments;authorities;officials;official;leadership;regime;administration;"
    "state;state media;state-run;state television;state TV;state news agency;media;diplomats;"
    "diplomat;delegation;delegations;counterpart;counterparts;side;sides;embassy;embassies;consulate;"
    "consulates;high commission;leader;"
    "leaders;president;prime minister;foreign minister;defense minister;defence minister;minister;"
    "ministers;parliament;lawmakers;legislators;police;intelligence;security forces;security services;"
    "navy;coast guard;envoy;envoys;ambassador;spokesman;spokeswoman;spokesperson;cabinet;premier;"
    "chancellor;king;monarch;team;national team;squad;federation;Red Crescent;Red Cross;"
    "allies;ally;partners;partner;foreign ministry;defense ministry;defence ministry;"
    "interior ministry;health ministry;ministry;agency;negotiators;representatives;observers;"
    "presidency;head of state;opposition;election commission;central bank;junta;rebels;proxies"
)

#: Words that join a demonym to the body it qualifies as a participle ("Russian-brokered").
#: "owned" is left out: "a Greek-owned tanker" is owned by Greek firms, not by the Greek state.
PARTICIPLE_SUFFIXES = "brokered;mediated;led;backed;sponsored;funded;supported;allied;controlled;run;sanctioned"

#: Titles that introduce a person's name, longest first when matched.
TITLES = (
    "President;Vice President;Vice-President;Prime Minister;Deputy Prime Minister;PM;Premier;"
    "Chancellor;Foreign Minister;Defense Minister;Defence Minister;Interior Minister;Health Minister;"
    "Finance Minister;Justice Minister;Minister;Deputy Minister;First Deputy Minister;Secretary;"
    "Secretary of State;Secretary-General;Secretary General;Under-Secretary-General;Spokesperson;"
    "Spokesman;Spokeswoman;Ambassador;Envoy;Special Envoy;Military Attaché;Military Attache;Attaché;"
    "General;Gen.;Gen;Lieutenant General;Lt. Gen.;Lt Gen;Major General;Maj. Gen.;Brigadier General;"
    "Brig. Gen.;Colonel;Col.;Lieutenant Colonel;Lt. Col.;Lieutenant;Lt.;Major;Maj.;Captain;Capt.;"
    "Admiral;Adm.;Rear Admiral;Vice Admiral;Commander;Marshal;Field Marshal;Sergeant;Sgt.;Chief;"
    "Chief of Staff;Chief of General Staff;Governor;Gov.;Mayor;Senator;Sen.;Representative;Rep.;"
    "Congressman;Congresswoman;Speaker;Chairman;Chairwoman;Chair;Director;Director-General;"
    "Director General;Commissioner;High Commissioner;King;Queen;Prince;Princess;Crown Prince;Emir;"
    "Sheikh;Sultan;Pope;Cardinal;Archbishop;Bishop;Imam;Rabbi;Ayatollah;Supreme Leader;Mr;Mr.;Mrs;"
    "Mrs.;Ms;Ms.;Dr;Dr.;Prof.;Professor;Judge;Justice;Chief Justice;Prosecutor;Attorney General;"
    "Coach;Head Coach;Captain;CEO;Chief Executive;Administrator;Lawyer;Attorney;Runner;Striker;"
    "Midfielder;Goalkeeper;Economist;Analyst;Activist;Founder;Ombudsman;MP;Deputy;Lawmaker;Opposition Leader;"
    "Chairperson;Chief Spokesperson;Spokesperson;President-elect;Foreign Affairs Minister;"
    "Candidate;Presidential Candidate;Opposition Candidate;"
    "Leader;Foreign Secretary;Home Secretary;Defence Secretary;Defense Secretary;State Secretary;"
    "Superintendent;Chief Superintendent;Detective Chief Superintendent;Detective Superintendent;"
    "Inspector;Chief Inspector;Detective Inspector;Detective;Constable"
)

#: Plural or collective nouns of unnamed sources ("officials said"): the source is a group.
VAGUE_SOURCES = (
    "officials;authorities;analysts;experts;witnesses;residents;observers;diplomats;activists;"
    "organisers;organizers;rescuers;rescue workers;medics;doctors;police;investigators;"
    "prosecutors;researchers;scientists;economists;traders;villagers;survivors;protesters;"
    "protestors;locals;lawmakers;legislators;commanders;soldiers;troops;aid workers;volunteers;"
    "monitors;campaigners;critics;officers;forecasters;meteorologists;relatives;families;"
    "eyewitnesses;human rights groups;rights groups;aid agencies;aid groups;health officials;"
    "security officials;military officials;government officials;western officials;local officials;"
    "us officials;u.s. officials;local media;state media;media reports;reports;senators;mps;deputies;"
    "congressmen;councillors;councilors"
)
