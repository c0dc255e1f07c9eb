"""Event relations as a table: sentences of our own -> statements they state, and
statements they must not (kgraph.nlp.event_rules, kgraph.nlp.attack_rules, kgraph.nlp.event_args,
kgraph.nlp.verb_lemmas). None of the sentences comes from a sample article or a
benchmark.
"""

from __future__ import annotations

import pytest
from test_argument_table import test_statement_is_extracted as check_extracted
from test_argument_table import statements_of
from test_argument_table import test_statement_is_not_extracted as check_not_extracted

from kgraph.nlp.verb_lemmas import verb_lemma

# text -> (subject label, relation, object label, status or None, recipient label or None)
EXPECTED = [
    # --- a junta is a state's government; arms deployed go to a named receiver only -------
    ("Chile has continued supplying Myanmar's junta with rifles.", ("Chile", "supplies", "rifles", "asserted", "Myanmar's junta")),
    ("Chile deployed air defence systems to Peru.", ("Chile", "supplies", "air defence systems", "asserted", "Peru")),
    # --- a joint venture is a cooperation of its parties; "form" and "set up" are light verbs
    ("The new rifle is a joint venture between Chile and Peru.", ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    ("Codelco formed a joint venture with Rio Tinto.", ("Codelco", "cooperatesWith", "Rio Tinto", "asserted", None)),
    ("Chile and Peru set up a joint venture.", ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    # --- a person named another person's ally backs that person -------------------------
    ("Chile freed Ana Rojas, a close ally of President Luis Arce.", ("Ana Rojas", "supports", "Luis Arce", "asserted", None)),
    ("Prosecutors charged Pedro Soto, a businessman and Bolsonaro ally, on Monday.",
     ("Pedro Soto", "supports", "Bolsonaro", "asserted", None)),
    # --- a weapon aimed at a target: the target is attacked ----------------------------
    ("Iran fired missiles at Israel on Tuesday.", ("Iran", "attacks", "Israel", "asserted", None)),
    ("Hamas fired dozens of rockets into Israel.", ("Hamas", "attacks", "Israel", "asserted", None)),
    ("Israel dropped bombs on Gaza overnight.", ("Israel", "attacks", "Gaza", "asserted", None)),
    ("The United States launched 18 missiles and a drone at the Houthis.", ("United States", "attacks", "Houthis", "asserted", None)),
    ("Chile did not fire missiles at Peru.", ("Chile", "attacks", "Peru", "negated", None)),
    # --- light verbs whose lemma the model's lemmatizer got wrong ("staged" -> "stag") -
    ("Ukraine staged an incursion into Russia.", ("Ukraine", "attacks", "Russia", "asserted", None)),
    ("Russia waged war on Ukraine.", ("Russia", "attacks", "Ukraine", "asserted", None)),
    ("Israel hit Hezbollah with airstrikes.", ("Israel", "attacks", "Hezbollah", "asserted", None)),
    ("Bolivia hit Peru with new sanctions.", ("Bolivia", "sanctions", "Peru", "asserted", None)),
    # --- a leader who lands somewhere visits it; troops that land are deployed -----------
    ("Putin landed in Hanoi early on Wednesday.", ("Putin", "visits", "Hanoi", "asserted", None)),
    ("Chilean President Gabriel Boric landed in Lima on Monday for talks.", ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    # --- an attack on unnamed targets strikes their owner or the place they are in ----
    ("Turkey hit 10 PKK targets in northern Iraq.", ("Turkey", "attacks", "Kurdistan Workers' Party", "asserted", None)),
    ("The Ukrainian army attacked Russian positions in Kherson.", ("Ukraine", "attacks", "Russia", "asserted", None)),
    ("Russian forces shelled positions near Kupiansk.", ("Russia", "attacks", "Kupiansk", None, None)),
    ("The Israeli navy launched strikes on targets in the port city of Hudaydah.", ("Israel", "attacks", "Al Ḩudaydah", None, None)),
    # --- an unnamed facility an attack hits, with no owner or place named, is a place of its own
    ("Hamas attacked a military post near the river on Friday.", ("Hamas", "attacks", "military post", "asserted", None)),
    ("Twelve guards died in an attack by Sendero militants on a hotel in the capital.", ("Sendero militants", "attacks", "hotel", "asserted", None)),
    ("The police station was stormed by Hamas militants at dawn.", ("Hamas militants", "attacks", "police station", "asserted", None)),
    ("Chilean jets bombed several rebel hideouts overnight.", ("Chile", "attacks", "rebel hideouts", "asserted", None)),
    # --- of two subjects the parser made, a dateline's place is not the one that acts
    ("Lima/Santiago, Jan 18 (EFE).- Chile bombed several rebel hideouts on Thursday.", ("Chile", "attacks", "rebel hideouts", "asserted", None)),
    # --- "both countries" / "the two sides" refer back to the two parties named just before
    ("Clashes broke out between Chile and Peru on Thursday, officials said. Both countries accused the other of shooting first.",
     ("Peru", "criticizes", "Chile", "asserted", None)),
    ("Fighting erupted between Hamas and Israel in Gaza. The two sides accused each other of violating the truce.",
     ("Israel", "criticizes", "Hamas", "asserted", None)),
    ("Chile and Peru each accused the other of shooting first.", ("Peru", "criticizes", "Chile", "asserted", None)),
    # --- an offensive "in" a place is made on it; an operation "against" X attacks X ---
    ("Turkey launched an offensive in northern Syria.", ("Turkey", "attacks", "Syria", "asserted", None)),
    ("Turkey launched an operation against the PKK in northern Iraq.", ("Turkey", "attacks", "Kurdistan Workers' Party", "asserted", None)),
    # --- a clause that names the target's owner: the attack is on the owner -----------
    ("Peru carried out airstrikes against a camp which belongs to Hezbollah.", ("Peru", "attacks", "Hezbollah", "asserted", None)),
    ("France began carrying out strikes against sites used by the Houthis in Yemen.", ("France", "attacks", "Houthis", "asserted", None)),
    ("Egypt struck a base belonging to Hamas.", ("Egypt", "attacks", "Hamas", "asserted", None)),
    # people belonging to a group are its members: attacking them attacks each group
    ("Pakistani jets targeted militants belonging to the Pakistani Taliban and Lashkar-e-Taiba.",
     ("Pakistan", "attacks", "Lashkar-e-Taiba", "asserted", None)),
    ("Pakistani jets targeted militants belonging to banned outfits Lashkar-e-Taiba and Jaish-e-Mohammed.",
     ("Pakistan", "attacks", "Lashkar-e-Taiba", "asserted", None)),
    # --- "the town of X" is X --------------------------------------------------------
    ("Russia retook the town of Bakhmut from Ukraine.", ("Russia", "occupies", "Bakhmut", "asserted", None)),
    ("Russia's capture of the city of Mariupol shocked Europe.", ("Russia", "occupies", "Mariupol", "asserted", None)),
    ("Peru recognised the independence of Kosovo.", ("Peru", "recognizes", "Kosovo", "asserted", None)),
    ("Ukrainian forces liberated Kherson in November.", ("Ukraine", "occupies", "Kherson", "asserted", None)),
    ("Kim Jong Un hosted Vladimir Putin in Pyongyang.", ("Kim Jong Un", "meetsWith", "Vladimir Putin", "asserted", None)),
    # --- condemning an act criticizes whose act it is: its possessor or named modifier
    ("Peru denounced Chile's troop deployment near the border.", ("Peru", "criticizes", "Chile", "asserted", None)),
    ("Chile condemned the rebels' attack on the border post.", ("Chile", "criticizes", "rebels", "asserted", None)),
    # --- a killing told beside a wounding shares the attack the wounding is told with ---
    ("Five Peruvian soldiers were killed and six others injured in an attack by Boko Haram.",
     ("Boko Haram", "killed", "Peruvian soldiers", "asserted", None)),
    ("Eleven Peruvian soldiers were killed while three others were wounded in an ambush by Boko Haram.",
     ("Boko Haram", "killed", "Peruvian soldiers", "asserted", None)),
    # --- "guerilla" is a spelling of "guerrilla": a group noun -------------------------
    ("Communist guerillas killed six Peruvian soldiers on Tuesday.", ("Communist guerillas", "killed", "Peruvian soldiers", "asserted", None)),
    # --- an attack made to take a place is made on it; the taking is its aim ----------
    ("Russia launched an offensive to capture the town of Bakhmut.", ("Russia", "attacks", "Bakhmut", "asserted", None)),
    ("Russia launched an offensive to capture the town of Bakhmut.", ("Russia", "occupies", "Bakhmut", "planned", None)),
    # --- a complementizer the parser made a subject is none ---------------------------
    ('Media spread claims that in 2022, Chile allegedly "supplied Peru with mortar shells."',
     ("Chile", "supplies", "mortar shells", "alleged", "Peru")),
    # --- what the text calls false is denied; confirmed reports are asserted ----------
    ("The false claim that Chile attacked Peru spread online.", ("Chile", "attacks", "Peru", "negated", None)),
    ("Reports that Iran sent drones to Sudan were confirmed.", ("Iran", "supplies", "drones", "asserted", "Sudan")),
    # --- an infinitive after a noun is an aim, not a description ----------------------
    ("Turkey has blocked Sweden's bid to join NATO for months.",
     ("Sweden", "partOf", "North Atlantic Treaty Organization", "planned", None)),
    # --- every party of an agreement "between" them signs it -------------------------
    ("The defence agreement between Chile and Peru allows troops to train together.",
     ("Peru", "signs", "defence agreement", "asserted", None)),
    ("Under a framework agreement hammered out between Bolivia and Chile in 2022, Bolivia will buy 40 tanks.",
     ("Bolivia", "signs", "framework agreement", "asserted", None)),
    ("Aid from Chile to Peru came from the contract signed between both countries in 2021.",
     ("Peru", "signs", "contract", "asserted", None)),
    ("A ceasefire between Chile and Bolivia took effect on Monday.", ("Chile", "signs", "ceasefire", "asserted", None)),
    # --- targets sanctioned with no agent named: the document's last sanctioner's -------
    ("Britain imposed sanctions on two firms on Tuesday. The Ruby Trading Company and its director Ana Lopez were "
     "sanctioned, the statement said.", ("United Kingdom", "sanctions", "Ana Lopez", "asserted", None)),
    ("Peru imposed sanctions on Chile. Days before, 13 Bolivian officials were sanctioned.",
     ("Peru", "sanctions", "Bolivian officials", "asserted", None)),
    # ... or that "the sanctions" target, and sanctions "from" X are X's
    ("Canada imposed sanctions on two Peruvian officials on Friday. The sanctions target Peru's defence minister Jorge Salas "
     "and Luis Vega, the ministry said.", ("Canada", "sanctions", "Luis Vega", "asserted", None)),
    ("Canada imposed sanctions on two Peruvian officials on Friday. The sanctions also target Zenora Shipping.",
     ("Canada", "sanctions", "Zenora Shipping", "asserted", None)),
    ("Canada welcomed the sanctions from Bolivia against Zenora Shipping.", ("Bolivia", "sanctions", "Zenora Shipping", "asserted", None)),
    # --- aircraft sold are supplied, whatever they carry later -------------------------
    ("Peru sold 20 transport aircraft to Chile.", ("Peru", "supplies", "transport aircraft", "asserted", "Chile")),
    ("Peru will deliver two helicopters and four cargo planes to Bolivia.", ("Peru", "supplies", "cargo planes", "planned", "Bolivia")),
    # --- counted but unnamed targets of sanctions -----------------------------------
    ("Britain sanctioned three Russian banks on Friday.", ("United Kingdom", "sanctions", "Russian banks", "asserted", None)),
    ("Canada imposed sanctions on 12 individuals linked to the Wagner Group.", ("Canada", "sanctions", "individuals", "asserted", None)),
    # ... or an amount of them, after a light verb's participle
    ("Peru condemned US sanctions imposed on a number of Bolivian officials.",
     ("United States", "sanctions", "Bolivian officials", "asserted", None)),
    ("The EU sanctions imposed on Belarus in 2021 remain in force.", ("European Union", "sanctions", "Belarus", "asserted", None)),
    # ... or described by a clause
    ("The EU imposed sanctions on entities supplying drones to Russia.", ("European Union", "sanctions", "entities", "asserted", None)),
    ("Canada sanctioned companies linked to the Wagner Group.", ("Canada", "sanctions", "companies", "asserted", None)),
    # --- goods that name their maker's nationality name the supplier ----------------
    ("Shipments of Iranian drones to Russia continued.", ("Iran", "supplies", "Iranian drones", "asserted", "Russia")),
    ("India has bought Russian oil at a discount.", ("Russia", "supplies", "Russian oil", "asserted", "India")),
    # ... also when the text names no buyer, and a seller named by "from" sells
    ("A penalty for buying Iranian drones was imposed on the firm.", ("Iran", "supplies", "Iranian drones", "asserted", None)),
    ("There were reports of Peru receiving helicopters from Brazil.", ("Brazil", "supplies", "helicopters", None, None)),
    # ... and so do troops or goods named for their state or organisation, and goods bought named for their maker
    ("Peru troops were stationed in Arica.", ("Peru", "deploys", "Peru troops", "asserted", None)),
    ("NATO troops arrived in Estonia on Monday.", ("North Atlantic Treaty Organization", "deploys", "NATO troops", "asserted", "Estonia")),
    ("US weapons were delivered to Peru last week.", ("United States", "supplies", "US weapons", "asserted", "Peru")),
    ("Chile is considering ordering Brazil's Gripen fighter jets.",
     ("Brazil", "supplies", "Brazil's Gripen fighter jets", "planned", "Chile")),
    # --- a purchase noun: the seller ("from") or the goods' maker supplies, to the buyer ----
    ("Peru completed the purchase of 12 helicopters from Brazil.", ("Brazil", "supplies", "helicopters", "asserted", "Peru")),
    # --- a buyer noun tells a purchase as the purchase noun does: the seller "from", or the goods' maker
    ("Bolivia now joins Peru as a purchaser of Super Tucano jets from Brazil.", ("Brazil", "supplies", "Super Tucano jets", "asserted", None)),
    ("Peru is one of the largest buyers of Brazilian weapons.", ("Brazil", "supplies", "Brazilian weapons", "asserted", None)),
    ("Chile's acquisition of tanks from Germany angered Bolivia.", ("Germany", "supplies", "tanks", "asserted", "Chile")),
    ("Peru's imports of Chinese rifles doubled last year.", ("China", "supplies", "Chinese rifles", "asserted", "Peru")),
    ("Bolivia sanctioned two Chilean firms over the purchase of Israeli-made drones.",
     ("Israel", "supplies", "Israeli-made drones", "asserted", None)),
    ("The EU sanctioned Russian oligarchs.", ("European Union", "sanctions", "Russian oligarchs", "asserted", None)),
    ("Canada announced new sanctions against 12 Russian officials.", ("Canada", "sanctions", "Russian officials", "asserted", None)),
    # --- frozen assets: their owner is sanctioned -------------------------------------
    ("Switzerland froze the accounts of Bashar al-Assad.", ("Switzerland", "sanctions", "Bashar al-Assad", "asserted", None)),
    ("Italy seized Russian assets last year.", ("Italy", "sanctions", "Russia", "asserted", None)),
    # --- what a transfer included is supplied by its giver ------------------------------
    ("The US aid package for Ukraine includes Stinger missiles and artillery shells.",
     ("United States", "supplies", "artillery shells", "asserted", "Ukraine")),
    # ... and a whole that refers back is the last supply: its giver gives, to its receiver
    ("Chile will send 12 howitzers to Peru. The package will also include 40 trucks.",
     ("Chile", "supplies", "trucks", "planned", "Peru")),
    ("Turkey sent drones to Kenya in May. Those deliveries included four armoured vehicles.",
     ("Turkey", "supplies", "armoured vehicles", "asserted", "Kenya")),
    # ... as is a deal's: what "the deal" also includes is still to come
    ("Peru signed a deal to buy 12 howitzers from Chile. The deal also includes 40 trucks.",
     ("Chile", "supplies", "trucks", "planned", "Peru")),
    ("Two planes arrived in Peru from Chile with humanitarian aid, which includes medicine.",
     ("Chile", "supplies", "medicine", "asserted", "Peru")),
    # --- "in support of X", "in solidarity with X": the clause's doer supports X ---------
    ("Chile staged protests in support of Peru.", ("Chile", "supports", "Peru", "asserted", None)),
    ("Bolivia fired rockets at Chile in solidarity with Peru.", ("Bolivia", "supports", "Peru", "asserted", None)),
    # --- a commission won: the one commissioned supplies what it makes or is ordered ---
    ("The Navy awarded Hanwha a contract to build six frigates.", ("Hanwha", "supplies", "frigates", "planned", "Navy")),
    ("Embraer was awarded a $90 million contract for 12 cargo planes.", ("Embraer", "supplies", "cargo planes", "planned", None)),
    ("Saab has won an order for radars from the Peruvian army.", ("Saab", "supplies", "radars", "planned", "Peru")),
    # --- a verb of motion with an object carries it ---------------------------------
    ("Russia moved 10,000 troops to the border.", ("Russia", "deploys", "troops", "asserted", None)),
    ("The United States rushed Patriot missiles to Israel.", ("United States", "supplies", "Patriot missiles", "asserted", "Israel")),
    ("Emmanuel Macron flew to Berlin on Monday.", ("Emmanuel Macron", "visits", "Berlin", "asserted", None)),
    # --- the parties of a symmetric relation are the named people, not their titles ---
    ("Chile's foreign minister Ana Ruiz and Peru's foreign minister Luis Vega held talks in Lima.",
     ("Ana Ruiz", "meetsWith", "Luis Vega", "asserted", None)),
    ("Talks between Kenya and Somalia resumed.", ("Kenya", "meetsWith", "Somalia", "asserted", None)),
    # --- a "where" clause names the place of an act that names no other object -----
    ("Zelensky returned to Odesa, where Joe Biden arrived in secret.", ("Joe Biden", "visits", "Odesa", "asserted", None)),
    ("Zelensky returned to Odesa, where Russia launched an offensive in May.", ("Russia", "attacks", "Odesa", "asserted", None)),
    # --- a person the parser coordinated with another's "of" phrase acts too ---------
    ("The pact was signed by President Ana Ruiz of Chile and Luis Vega.", ("Luis Vega", "signs", "pact", "asserted", None)),
    ("India's ties with Russia have grown stronger.", ("India", "cooperatesWith", "Russia", "asserted", None)),
    # --- "ally" and "partner" name a cooperation with the owner or the state before them
    ("Belarus is Russia's closest ally.", ("Belarus", "cooperatesWith", "Russia", "asserted", None)),
    ("Israel, a close US ally, received the jets.", ("Israel", "cooperatesWith", "United States", "asserted", None)),
    ("Japan remains a key partner of the United States.", ("Japan", "cooperatesWith", "United States", "asserted", None)),
    ("Chile shares its experience with its ally, Peru.", ("Peru", "cooperatesWith", "Chile", "asserted", None)),
    # --- a state's government acts for the state -------------------------------------
    ("Kenya's cabinet approved a plan to deploy 1,000 police officers to Haiti.", ("Kenya", "deploys", "police officers", "planned", "Haiti")),
    ("The Malian government signed a deal with Russia.", ("Mali", "signs", "deal", "asserted", None)),
    # --- troops that arrive or deploy somewhere are deployed by their state ---------
    ("North Korean troops have arrived in Russia.", ("North Korea", "deploys", "North Korean troops", "asserted", "Russia")),
    ("Kenyan soldiers deployed to Somalia in 2011.", ("Kenya", "deploys", "Kenyan soldiers", "asserted", "Somalia")),
    # an approval of a transfer of another state's troops: that state sends them; else the approver does
    ("The African Union and the Somali government have approved the deployment of 2,500 Ethiopian troops.",
     ("Ethiopia", "deploys", "Ethiopian troops", "planned", None)),
    ("Peru's congress authorized the dispatch of 300 Chilean soldiers to the border.",
     ("Chile", "deploys", "Chilean soldiers", "planned", None)),
    ("Germany approved the delivery of a submarine to Egypt.", ("Germany", "supplies", "submarine", "planned", None)),
    ("Chile announced the approval of a sale of 12 howitzers to Peru.", ("Chile", "supplies", "howitzers", "planned", None)),
    # --- a deal signed with Y to buy Z: Y sells Z, still to be delivered ------------------
    ("Peru signed a deal with Chile to buy 12 howitzers.", ("Chile", "supplies", "howitzers", "planned", "Peru")),
    ("Bolivia has signed a contract with Chile to buy 48 trucks, officials said.",
     ("Chile", "supplies", "trucks", "planned", "Bolivia")),
    ("Hundreds of Cuban soldiers are fighting alongside Angolan forces.", ("Cuba", "deploys", "Cuban soldiers", "asserted", None)),
    # --- criticising an actor's act criticizes the actor ------------------------------
    ("Japan criticised Russia's decision to annex Crimea.", ("Japan", "criticizes", "Russia", "asserted", None)),
    ("Germany condemned the Russian invasion of Ukraine.", ("Germany", "criticizes", "Russia", "asserted", None)),
    # --- a title with its holder's name in apposition acts as the holder --------------
    ("China's foreign minister, Qin Gang, and Honduran Foreign Minister Eduardo Reina signed the deal in Beijing.",
     ("Qin Gang", "signs", "deal", "asserted", None)),
    # --- a headline lists co-agents before the subject with a comma --------------------
    ("Chile, Peru sign border treaty", ("Chile", "signs", "border treaty", "asserted", None)),
    # --- a government "of" a state acts for it ------------------------------------------
    ("The government of Uganda had shipped weapons across the border.", ("Uganda", "supplies", "weapons", "asserted", None)),
    # --- counted parties put on a blacklist or targeted by sanctions -------------------
    ("Japan has put 12 North Korean individuals on its blacklist.", ("Japan", "sanctions", "North Korean individuals", "asserted", None)),
    ("The Treasury's sanctions target 40 individuals in Iran.", ("Treasury", "sanctions", "individuals", "asserted", None)),
    # --- solidarity is support; a declared capture or war is made ------------------------
    ("Chile and Peru have expressed solidarity with Bolivia's government.", ("Peru", "supports", "Bolivia's government", None, None)),
    ("Russia declared the capture of the city of Bakhmut on Saturday.", ("Russia", "occupies", "Bakhmut", "asserted", None)),
    ("Russia declared war on Georgia.", ("Russia", "attacks", "Georgia", "asserted", None)),
    # --- a clash or conflict with an actor is fighting against it -----------------------
    ("Israel's conflict with Hamas escalated.", ("Israel", "attacks", "Hamas", "asserted", None)),
    # --- a call to stop criticizes its addressee -------------------------------------
    ("The UN called on Israel to stop its offensive in Rafah.", ("United Nations", "criticizes", "Israel", "asserted", None)),
    ("Germany urged Russia to withdraw its troops from Ukraine.", ("Germany", "criticizes", "Russia", "asserted", None)),
    # --- losses counted by a killing or a wounding ----------------------------------
    ("The army killed 110 al-Shabaab fighters in Somalia.", ("al-Shabaab fighters", "sufferedCasualties", "110", "asserted", None)),
    ("Three Chilean peacekeepers were killed in Lebanon.", ("Chile", "sufferedCasualties", "Three", "asserted", None)),
    # --- a noun of statehood names the state: "the state of X", "a Palestinian state" ----
    ("Chile recognised the state of Palestine on Friday.", ("Chile", "recognizes", "Palestine", "asserted", None)),
    ("Brazil recognised an independent Palestinian state.", ("Brazil", "recognizes", "Palestine", "asserted", None)),
    # --- "X is the first country to V": X did it ----------------------------------------
    ("Peru became the first country to recognise the independence of Kosovo.", ("Peru", "recognizes", "Kosovo", "asserted", None)),
    ("Fiji is the second nation to sign the treaty.", ("Fiji", "signs", "treaty", "asserted", None)),
    ("Fiji is to sign the treaty.", ("Fiji", "signs", "treaty", "planned", None)),
    # --- a round or package of sanctions is imposed by whoever imposes the round --------
    ("Canada imposed a new package of sanctions on Belarus.", ("Canada", "sanctions", "Belarus", "asserted", None)),
    ("Japan unveiled another round of sanctions against Iran.", ("Japan", "sanctions", "Iran", "asserted", None)),
    ("The EU adopted sanctions on Syria.", ("European Union", "sanctions", "Syria", "asserted", None)),
    # --- the act of a light verb said as a noun is its owner's: "X's imposition of sanctions" -
    ("Chile criticised Peru's imposition of new sanctions on Bolivia.", ("Peru", "sanctions", "Bolivia", "asserted", None)),
    ("Moscow vowed to answer the EU expansion of sanctions against Belarus.",
     ("European Union", "sanctions", "Belarus", "asserted", None)),
    ("The UN condemned Russia's escalation of attacks on Odesa.", ("Russia", "attacks", "Odesa", "asserted", None)),
    # --- the ministers of two states sign for them ----------------------------------------
    ("The foreign ministers of Armenia and Azerbaijan signed the treaty.", ("Armenia", "signs", "treaty", "asserted", None)),
    ("The foreign ministers of Armenia and Azerbaijan signed the treaty.", ("Azerbaijan", "signs", "treaty", "asserted", None)),
    ("Chilean and Peruvian officials signed a border pact.", ("Chile", "signs", "border pact", "asserted", None)),
    ("Chilean and Peruvian officials signed a border pact.", ("Peru", "signs", "border pact", "asserted", None)),
    # --- a sum spent on goods gives the goods; a fleet of X is X ----------------------------
    ("Japan sent Vietnam a total of $40 million in military aid.", ("Japan", "supplies", "$40 million in military aid", "asserted", "Vietnam")),
    ("Spain provided Morocco with $90 million in weapons.", ("Spain", "supplies", "weapons", "asserted", "Morocco")),
    ("China sold a fleet of patrol boats to the Philippines.", ("China", "supplies", "fleet of patrol boats", "asserted", "Philippines")),
    # --- a gerund's subject after a preposition acts ------------------------------------
    ("Analysts found evidence of Belarus supplying fuel to Russia.", ("Belarus", "supplies", "fuel", "asserted", "Russia")),
    ("There were reports of Iran sending drones to Sudan.", ("Iran", "supplies", "drones", "alleged", "Sudan")),
    # --- goods that arrive come from where the text says, or from their make ----------------
    ("Drones and rifles from Egypt will soon arrive in Sudan.", ("Egypt", "supplies", "rifles", "planned", "Sudan")),
    ("Six cargo planes arrived in Armenia from India with artillery shells.", ("India", "supplies", "artillery shells", "asserted", "Armenia")),
    ("The first German tanks arrived in Lithuania on Monday.", ("Germany", "supplies", "German tanks", "asserted", "Lithuania")),
    ("Poland took delivery of South Korean tanks on Monday.", ("South Korea", "supplies", "South Korean tanks", "asserted", "Poland")),
    # --- "the department" is the department just named; frozen assets of counted parties ---
    ("The State Department blacklisted six firms on Monday. The department also imposed sanctions on Omar Haddad.",
     ("State Department", "sanctions", "Omar Haddad", "asserted", None)),
    # (three individuals and two entities are one set of targets, named by its first noun)
    ("Canada froze the assets of three individuals and two entities.", ("Canada", "sanctions", "individuals", "asserted", None)),
    ("Canada imposed sanctions on eight people.", ("Canada", "sanctions", "people", "asserted", None)),
    # --- goods pledged or promised are a planned supply -------------------------------
    ("Britain promised 14 Challenger tanks to Ukraine.", ("United Kingdom", "supplies", "Challenger tanks", "planned", "Ukraine")),
    ("Spain has pledged $50 million in military aid.", ("Spain", "supplies", "military aid", "planned", None)),
    # a count that comes back to a group of named nationality is that state's loss
    ("Rebels ambushed Bolivian soldiers near the border. Officials said 12 soldiers were killed.",
     ("Bolivia", "sufferedCasualties", "12", "asserted", None)),
    # a subject pronoun is not a name its own clause gives; a headline's dash sets off its source
    # an attack on a side's targets attacks the side
    ("Peru attacked Chilean bases.", ("Peru", "attacks", "Chile", "asserted", None)),
    ("Chile struck Peruvian rocket launchers near the border.", ("Chile", "attacks", "Peru", "asserted", None)),
    ("Bolivia shelled Peruvian positions 17 times last night.", ("Bolivia", "attacks", "Peru", "asserted", None)),
    ("Turkey hit PKK targets in northern Iraq.", ("Turkey", "attacks", "Kurdistan Workers' Party", "asserted", None)),
    ("Israel struck Hamas infrastructure in Gaza.", ("Israel", "attacks", "Hamas", "asserted", None)),
    # counted attacks, and attacks claimed, are made by whoever launches or claims them
    ("The United States and Britain launched dozens of airstrikes on Houthi targets.",
     ("United Kingdom", "attacks", "Houthis", "asserted", None)),
    ("Chile carried out a series of strikes on Bolivian positions.", ("Chile", "attacks", "Bolivia", "asserted", None)),
    ("Hamas claimed responsibility for the attack on Israeli troops.", ("Hamas", "attacks", "Israel", "asserted", None)),
    # a weapon fired at a side's positions attacks the side
    ("Peruvian armed forces fired at Chilean frontline positions using mortars.", ("Peru", "attacks", "Chile", "asserted", None)),
    ("Bolivian troops fired on Peruvian border posts.", ("Bolivia", "attacks", "Peru", "asserted", None)),
    # an attack threatened threatens its target
    ("Peru threatened to strike Chilean military bases.", ("Peru", "threatens", "Chile", "asserted", None)),
    ("Luis Vega, the rebel leader, threatened to retaliate by launching a missile attack on Bolivia.",
     ("Luis Vega", "threatens", "Bolivia", "asserted", None)),
    # people counted as destroyed or neutralised are a loss
    ("The Chilean armed forces have destroyed 1,500 Peruvian troops, the ministry said.",
     ("Peru", "sufferedCasualties", "1,500", "asserted", None)),
    ("Troops neutralised 15 insurgents near the village.", ("insurgents", "sufferedCasualties", "15", "asserted", None)),
    # a visit one is on, talks one is somewhere for, a landing, a guest received
    ("Gabriel Boric is on a three-day visit to Peru.", ("Gabriel Boric", "visits", "Peru", "asserted", None)),
    ("Gabriel Boric told reporters on a visit to Peru that the talks went well.", ("Gabriel Boric", "visits", "Peru", "asserted", None)),
    ("Gabriel Boric was in Quito on Friday for talks with Daniel Noboa.",
     ("Gabriel Boric", "meetsWith", "Daniel Noboa", "asserted", None)),
    ("Gabriel Boric landed in Lima on Sunday.", ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    ("Dina Boluarte received Gabriel Boric in Lima.", ("Dina Boluarte", "meetsWith", "Gabriel Boric", "asserted", None)),
    ("Dina Boluarte welcomed Gabriel Boric to Lima on Tuesday.", ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    # pounding and advancing on are attacks; an army named by its state's possessor acts for it
    ("Russian forces pounded Ukrainian positions near Bakhmut.", ("Russia", "attacks", "Ukraine", "asserted", None)),
    ("Russian troops advanced on Pokrovsk.", ("Russia", "attacks", "Pokrovsk", "asserted", None)),
    ("Sudan's army shelled RSF positions in Khartoum.", ("Sudan", "attacks", "Rapid Support Forces", "asserted", None)),
    ("Taliban fighters ambushed an Afghan army convoy in Helmand.", ("Taliban fighters", "attacks", "Afghanistan", "asserted", None)),
    # an attack with no other object is made on the place it is made in
    ("Israeli strikes in Lebanon killed three people.", ("Israel", "attacks", "Lebanon", "asserted", None)),
    # a call on a person is a meeting
    ("General Ana Ruiz called on President Luis Vega on Tuesday.", ("Ana Ruiz", "meetsWith", "Luis Vega", "asserted", None)),
    # a state's named armed force acts for the state
    ("The Chilean army struck Peruvian positions near the border.", ("Chile", "attacks", "Peru", "asserted", None)),
    ("Luis Arce thanked his hosts. Gabriel Boric spoke first. He arrived in Santiago at the invitation of Gabriel Boric.",
     ("Luis Arce", "visits", "Santiago", "asserted", None)),
    # --- "take" a town is to capture it; a town a relative clause says is held ---------
    ("Russian forces took Kharkiv in 2022.", ("Russia", "occupies", "Kharkiv", "asserted", None)),
    ("The Taliban took over Afghanistan in August 2021.", ("Taliban", "occupies", "Afghanistan", "asserted", None)),
    ("Shelling continued in the Belgorod region, where Ukrainian units seized territory last week.",
     ("Ukraine", "occupies", "Belgorod", "asserted", None)),
    ("Fighting resumed near Kalinivka, a village that was held by Russian forces until May.",
     ("Russia", "occupies", "Kalinivka", "asserted", None)),
    # --- places listed after "including" share the verb's unnamed object's fate ----------
    ("The rebels control several towns in the north, including the city of Tessalit.",
     ("rebels", "occupies", "Tessalit", "asserted", None)),
    ("Government forces have held three districts since 2019, including the port city of Mocha.",
     ("Government forces", "occupies", "Mocha", "asserted", None)),
    ("Insurgents hold large parts of Mali, including the town of Kidal.", ("Insurgents", "occupies", "Kidal", "asserted", None)),
    # --- an active verb coordinated after a passive one shares its subject, not its agent
    ("Hezbollah is funded by Iran and controls the southern town of Bint Jbeil.",
     ("Hezbollah", "occupies", "Bint Jbeil", "asserted", None)),
    # a participle the parser made a subject leaves the named subject acting
    ("Visiting Chilean Foreign Minister Ana Ruiz held talks with Peruvian President Luis Vega on Monday.",
     ("Ana Ruiz", "meetsWith", "Luis Vega", "asserted", None)),
    # a killing told with the attack it happened in: the attacker killed; a weapon acts for its owner
    ("Twelve rebels were killed in a series of air strikes by Chilean jets near Arica.",
     ("Chile", "killed", "rebels", "asserted", None)),
    ("Thirteen rebels have been killed in airstrikes carried out by Peruvian jets, the army said.",
     ("Peru", "killed", "rebels", "asserted", None)),
    ("Nine soldiers were killed when the Chilean army launched an air raid on the border post.",
     ("Chile", "killed", "soldiers", "asserted", None)),
    ("Three persons were killed when Bolivian troops shelled the village.", ("Bolivia", "killed", "persons", "asserted", None)),
    ("Five gunmen were killed in the attack on the base.", ("gunmen", "sufferedCasualties", "Five", "asserted", None)),
    ("Chilean jets killed 13 rebels near Arica.", ("Chile", "killed", "rebels", "asserted", None)),
    ("The warplanes of the Chilean air force pounded a rebel hideout, killing 10 rebels.",
     ("Chile", "killed", "rebels", "asserted", None)),
    ("The Peruvian army carried out missile strikes on the border town, killing ten people.",
     ("Peru", "killed", "people", "asserted", None)),
    # "the two countries" are the two states the sentence names before it, by name or demonym
    ("Chilean army chief Ana Ruiz met Peru's top leadership and discussed defence cooperation between the two "
     "neighbouring countries.", ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    ("The Bolivian minister arrived in Chile on Sunday for talks to boost cooperation between the two countries.",
     ("Bolivia", "cooperatesWith", "Chile", "asserted", None)),
    # counted people who died are their side's loss
    ("Nine rebels and 10 Chilean soldiers died in the fighting.", ("Chile", "sufferedCasualties", "10", "asserted", None)),
    ("Nine rebels and 10 Chilean soldiers died in the fighting.", ("rebels", "sufferedCasualties", "Nine", "asserted", None)),
    # targets an unnamed armed force owns: the force is attacked
    ("Rebels assaulted several army checkpoints in the city.", ("Rebels", "attacks", "army", "asserted", None)),
    # the states that sign a defence or cooperation agreement together cooperate
    ("Chile and Peru signed a defence pact on Monday.", ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    ("Chile signed a military agreement with Peru in Lima.", ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    ("Chile and Peru have signed a framework agreement to expand defence cooperation over the next 10 years.",
     ("Chile", "cooperatesWith", "Peru", "asserted", None)),
    # a visit "of" a person is that person's; a place named before "visit" is where it goes;
    # a "where" clause names where a visit one makes or ends takes place
    ("Ties were elevated in March during the visit of Chilean President Gabriel Boric to Peru.",
     ("Gabriel Boric", "visits", "Peru", "asserted", None)),
    ("Gabriel Boric made his first Lima visit since the election.", ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    ("The treaty was signed during a summit in Lima, where Gabriel Boric was making his first visit in 24 years.",
     ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    ("The talks took place in Lima, where Gabriel Boric wrapped up a four-day visit on Wednesday.",
     ("Gabriel Boric", "visits", "Lima", "asserted", None)),
    # a warning that one's side will attack threatens the target
    ("Rebel spokesman Luis Vega warned on Friday that the militia would escalate attacks on Chile if the truce is violated.",
     ("Luis Vega", "threatens", "Chile", "asserted", None)),
    # counted people an attack left dead or wounded are a loss
    ("The attack on the army camp left 17 Chilean soldiers dead.", ("Chile", "sufferedCasualties", "17", "asserted", None)),
    ("Peruvian jets killed 13 rebels near Arica. The airstrikes also left eight others heavily wounded.",
     ("rebels", "sufferedCasualties", "eight", "asserted", None)),
    # every coordinated subject of "are allies of" is an ally
    ("Chile and Peru are close allies of the US.", ("Peru", "cooperatesWith", "United States", "asserted", None)),
    # --- materiel given "for its war": the war of whoever receives it -------------------
    ("Peru sent shells to Chile for its war against Bolivia.", ("Chile", "attacks", "Bolivia", "asserted", None)),
    ("Peru is preparing to ship rockets to Chile to be used in its war against Bolivia.",
     ("Chile", "attacks", "Bolivia", "asserted", None)),
    ("Mexico supplies components to Chile for use in its invasion of Bolivia.", ("Chile", "attacks", "Bolivia", "asserted", None)),
    # --- fire opened at a target; a target fired on by an agent -------------------------
    ("Rebels opened fire at a patrolling army unit in the highlands.", ("Rebels", "attacks", "patrolling army unit", "asserted", None)),
    ("The Peruvian army launched an attack at the Chilean border post.", ("Peru", "attacks", "Chile", "asserted", None)),
    ("The soldiers were fired on by Peruvian rebels near the border.", ("Peruvian rebels", "attacks", "soldiers", "asserted", None)),
    # --- a target under attack by an attacker; a siege is an attack -----------------------
    ("Arica has been under attack by Hezbollah.", ("Hezbollah", "attacks", "Arica", "asserted", None)),
    ("Aid reached Kharkiv, the region's capital, which is under siege by the paramilitary Wagner Group.",
     ("Wagner Group", "attacks", "Kharkiv", "asserted", None)),
    ("Kharkiv came under attack from Russian forces.", ("Russia", "attacks", "Kharkiv", "asserted", None)),
    ("Hezbollah's siege of Arica lasted a year.", ("Hezbollah", "attacks", "Arica", "asserted", None)),
    # --- a place's edge struck: the place ----------------------------------------------
    ("The army shelled the outskirts of Kharkiv.", ("army", "attacks", "Kharkiv", "asserted", None)),
    ("Two people were wounded in a Peruvian airstrike on Arica's southern suburbs.", ("Peru", "attacks", "Arica", "asserted", None)),
    # --- a vessel attacked is the target (goods everywhere else) -------------------------
    ("Rebels attacked three fishing boats on the lake.", ("Rebels", "attacks", "fishing boats", "asserted", None)),
    ("The Chilean navy shelled a cargo ship near the port.", ("Chile", "attacks", "cargo ship", "asserted", None)),
    ("The rebels hit the frigate with a missile.", ("rebels", "attacks", "frigate", "asserted", None)),
    # --- an attack that kills or strikes: its maker does (possessor, named modifier, "by") -
    ("Luis Vega was killed by a Peruvian helicopter attack in 1992.", ("Peru", "killed", "Luis Vega", "asserted", None)),
    ("The Chilean offensive, which killed 40 Bolivian soldiers, stalled.", ("Chile", "killed", "Bolivian soldiers", "asserted", None)),
    ("Talks collapsed after two Hamas raids that killed nine Chilean soldiers.", ("Hamas", "killed", "Chilean soldiers", "asserted", None)),
    ("A raid by Bolivian commandos killed four Peruvian soldiers.",
     ("Bolivian commandos", "killed", "Peruvian soldiers", "asserted", None)),
    # --- a bare number beside a counted loss counts the same people --------------------
    ("Three Peruvian soldiers were killed and 12 were injured in the ambush.", ("Peru", "sufferedCasualties", "12", "asserted", None)),
    ("This week, 40 Chilean rebels have been killed in ground fighting and 25 in air raids.",
     ("Chile", "sufferedCasualties", "25", "asserted", None)),
    # --- fighting between two sides told as a fact: each attacks the other ----------------
    ("Fighting has intensified between Chile and Peru near the border.", ("Peru", "attacks", "Chile", "asserted", None)),
    ("Lima has been torn apart by a bloody conflict between the army and the rebels since 1980.",
     ("army", "attacks", "rebels", "asserted", None)),
    ("Gunmen engaged in a shootout with Peruvian police near the border.", ("Gunmen", "attacks", "Peruvian police", "asserted", None)),
    # --- aggression, bombardment, counterattacks are attacks --------------------------
    ("Peru condemned Chile's continued aggression against Bolivia.", ("Chile", "attacks", "Bolivia", "asserted", None)),
    ("Chile's bombardment of Arica continued.", ("Chile", "attacks", "Arica", "asserted", None)),
    ("Chile mounted a counteroffensive against Peru.", ("Chile", "attacks", "Peru", "asserted", None)),
    # --- a call to refrain from an act is a call to stop: criticism --------------------
    ("Chile urged Peru not to send troops to Bolivia.", ("Chile", "criticizes", "Peru", "asserted", None)),
    ("Chile told Peru not to interfere in its affairs.", ("Chile", "criticizes", "Peru", "asserted", None)),
    ("Manila told Beijing to stop its patrols.", ("Philippines", "criticizes", "China", "asserted", None)),
    # --- attacks an act is done with are its doer's --------------------------------------
    ("Chile responded with airstrikes on Arica.", ("Chile", "attacks", "Arica", "asserted", None)),
    ("Peru accused Chile of violating the truce with airstrikes in Tacna.", ("Chile", "attacks", "Tacna", "alleged", None)),
    # --- an organisation's ally is its member; "will become" is still to come --------------
    ("Peru signed the deal with NATO ally Norway on Monday.", ("Norway", "partOf", "North Atlantic Treaty Organization", "asserted", None)),
    # --- an attack resisted: whose defence or fight it is, is the one attacked ----------------
    ("Chile backs Peru's defence against the Bolivian invasion.", ("Bolivia", "attacks", "Peru", "asserted", None)),
    ("Chile has sent rifles to Peru in its fight against Bolivia's invasion.", ("Bolivia", "attacks", "Peru", "asserted", None)),
    ("Now that the vote is over, Peru will become the newest NATO ally.", ("Peru", "partOf", "North Atlantic Treaty Organization", "planned", None)),
    # --- three parties of one meeting meet each other; a titled name after a comma is no town
    ("President Ana Lopez, Chilean President Jorge Reyes and Peruvian President Luis Soto held a summit in Lima on Monday.",
     ("Ana Lopez", "meetsWith", "Luis Soto", "asserted", None)),
    ("Chile, Peru and Bolivia held talks in La Paz on Monday.", ("Chile", "meetsWith", "Bolivia", "asserted", None)),
    ("The minister praised the alliance between Chile, Peru and Bolivia.", ("Chile", "cooperatesWith", "Bolivia", "asserted", None)),
    ("Vera Lind, U.S. President Tom Hale and Ana Lopez held a trilateral summit meeting in Oslo.",
     ("Vera Lind", "meetsWith", "Tom Hale", "asserted", None)),
]

# text -> (subject label, relation, object label) that must NOT be stated
NOT_EXPECTED = [
    # an unnamed facility that no attack hits, or whose owner is a noun no mention names
    ("Chile built a new military post near the border.", ("Chile", "attacks", "military post")),
    ("The Chilean minister visited a police station in Arica.", ("Chile", "attacks", "police station")),
    ("Gunmen attacked bases of the peacekeeping mission.", ("Gunmen", "attacks", "bases")),
    ("Lima/Santiago, Jan 18 (EFE).- Chile bombed several rebel hideouts on Thursday.", ("Peru", "attacks", "rebel hideouts")),
    # a common noun before the act names its kind, not its owner
    ("Peru denounced the Chilean troop deployment.", ("Peru", "criticizes", "troop")),
    ("Chile condemned the deadly guerrilla attack on the border post.", ("Chile", "criticizes", "guerrilla")),
    ("Peru ended its long guerilla war in 2000.", ("Peru", "attacks", "guerilla")),
    # ... unless the killing is told with an event of its own
    ("Two Peruvian soldiers were killed in a road accident, while six others were wounded in an attack by Boko Haram.",
     ("Boko Haram", "killed", "Peruvian soldiers")),
    # ... never their own state, nor anyone but the agent a sentence names
    ("Thirteen Bolivian officials were sanctioned last year.", ("Bolivia", "sanctions", "Bolivian officials")),
    ("Peru imposed sanctions on Chile. Days before, 13 Bolivian officials were sanctioned by the U.S.",
     ("Peru", "sanctions", "Bolivian officials")),
    # what an agreement includes is no goods
    ("Peru signed a defence agreement with Chile. The agreement includes commitments to respect borders.",
     ("Chile", "supplies", "commitments")),
    # a deal's other party sells what the deal buys, not what the buyer sells on, nor what a meeting is for
    ("Peru signed a deal with Chile to sell 12 howitzers to Bolivia.", ("Chile", "supplies", "howitzers")),
    ("Peru met Chile's president to buy 12 howitzers.", ("Chile", "supplies", "howitzers")),
    # who approves the deployment of another state's troops sends none
    ("The African Union and the Somali government have approved the deployment of 2,500 Ethiopian troops.",
     ("African Union", "deploys", "Ethiopian troops")),
    ("Peru's congress authorized the dispatch of 300 Chilean soldiers to the border.", ("Peru", "deploys", "Chilean soldiers")),
    # those whom sanctions "hit" may only suffer them; "the sanctions" with no sanctioner before are no one's
    ("Peru sanctioned Chile in May. The new sanctions hit ordinary Chileans hardest.", ("Peru", "sanctions", "Chileans")),
    ("The sanctions target Zenora Shipping, the ministry said. Canada imposed sanctions on Peru.",
     ("Canada", "sanctions", "Zenora Shipping")),
    # an agreement still under negotiation is signed by no one; a partnership is no document
    ("Chile and Peru are negotiating an agreement between the two navies.", ("Chile", "signs", "agreement")),
    ("Talks on a deal between Chile and Peru resumed.", ("Chile", "signs", "deal")),
    # a force that deploys its own arms supplies no one
    ("Rebels attacked an outpost, and Chile's junta deployed two MI-35 helicopters.", ("Chile's junta", "supplies", "helicopters")),
    ("Chile deployed two helicopters to the border.", ("Chile", "supplies", "helicopters")),
    # setting a date for talks is no meeting
    ("Chile set a deadline for talks with Peru.", ("Chile", "meetsWith", "Peru")),
    # a person allied with a body is no supporter of a person (nor a state's partner)
    ("Ana Rojas, a NATO ally, spoke on Monday.", ("Ana Rojas", "supports", "NATO")),
    ("Ana Rojas, a NATO ally, spoke on Monday.", ("Ana Rojas", "cooperatesWith", "NATO")),
    # agreeing to an act, or to a deal's terms, concludes no agreement
    ("Chile agreed to send troops to Peru.", ("Chile", "signs", "troops")),
    ("Peru agreed to the terms of the deal on Monday.", ("Peru", "signs", "deal")),
    ("Chile and Bolivia pledged to deepen the partnership between the two countries.", ("Chile", "signs", "partnership")),
    # what carries the goods is not supplied: a flight or convoy, a vehicle named for its
    # cargo or said to carry one
    ("Four more aid flights arrived in Chile from Peru.", ("Peru", "supplies", "aid flights")),
    ("Peru sent ten relief planes to Chile, with the latest one landing on Tuesday.", ("Peru", "supplies", "relief planes")),
    ("Mexico dispatched an aid convoy to Guatemala.", ("Mexico", "supplies", "aid convoy")),
    ("Six Peruvian Air Force transport planes landed in Santiago on Saturday, carrying rocket launchers for the Chilean army.",
     ("Peru", "supplies", "Peruvian Air Force transport planes")),
    ("Peruvian planes carrying rifles arrived in Bolivia.", ("Peru", "supplies", "Peruvian planes")),
    # but not when more than two, or none, were named there
    ("Chile and Peru signed a deal in Lima with Bolivia. Both countries accused each other of delays.",
     ("Chile", "criticizes", "Peru")),
    ("The talks were held in Lima and Quito. Both sides accused each other of delays.", ("Lima", "criticizes", "Quito")),
    # operations "in" a place are done there: the place is not what they attack
    ("Kenyan troops conducted several operations in Lamu county.", ("Kenya", "attacks", "Lamu")),
    ("The Nigerian army carried out a military operation in Borno state.", ("Nigeria", "attacks", "Borno")),
    # a clause that names no owner of the target names no one attacked
    ("The army targeted militants who had fled from Hezbollah strongholds.", ("army", "attacks", "Hezbollah")),
    ("Egypt struck a base used for smuggling weapons to Hamas.", ("Egypt", "attacks", "Hamas")),
    ("Israel struck a convoy heading to Hezbollah.", ("Israel", "attacks", "Hezbollah")),
    # "fire" a person is to dismiss them; "launch a probe into" is no attack
    ("Volodymyr Zelensky fired his defence minister Oleksii Reznikov on Sunday.",
     ("Volodymyr Zelensky", "attacks", "Oleksii Reznikov")),
    ("Ukraine launched a probe into Gazprom.", ("Ukraine", "attacks", "Gazprom")),
    # a missile that lands somewhere visits nothing
    ("A Russian missile landed in Poland on Tuesday.", ("Russia", "visits", "Poland")),
    # positions taken near a town are not the town taken
    ("Russian forces seized positions near Kupiansk.", ("Russia", "occupies", "Kupiansk")),
    ("Spain recognised the sovereignty of Morocco over Western Sahara.", ("Spain", "recognizes", "Morocco")),
    ("Poland hosts 10,000 US troops.", ("Poland", "meetsWith", "troops")),
    # troops fighting where they are, on no one else's side, are no deployment statement
    ("Ukrainian troops are fighting in Bakhmut.", ("Ukraine", "deploys", "Ukrainian troops")),
    # criticising an act no one is named for criticizes no one; a title is not its holder
    ("Germany condemned the attack on Israel.", ("Germany", "criticizes", "Israel")),
    ("China's foreign minister, Qin Gang, and Honduran Foreign Minister Eduardo Reina signed the deal in Beijing.",
     ("China's foreign minister", "signs", "deal")),
    # a name before the verb in a headline is no object
    ("Chile, Peru strike rebel targets in Bolivia", ("Peru", "attacks", "Chile")),
    # sanctions "for supplying Y": the sanctioned party supplies, not the sanctioning one
    ("The EU imposed sanctions on 30 entities for supplying drones to Russia.", ("European Union", "supplies", "drones")),
    # arms, weapons and weaponry one sender sends are one consignment, not three
    ("Chile accuses Peru of supplying arms to rebels. Peru provided the rebels with heavy weaponry.",
     ("Peru", "supplies", "heavy weaponry")),
    # a light verb with a second object is a misparse: its subject does not act the noun
    ("Lima has provided these weapons so that the rebels could (launch) an attack against the Chilean army.",
     ("Peru", "attacks", "Chile")),
    # a description in apposition, or a possessor inside it, is no second object
    ("Russia declared the capture of Avdiivka, Ukraine’s eastern stronghold, on Saturday.", ("Russia", "occupies", "Ukraine")),
    # fighting for control of a place is not holding it
    ("The rebels, engaged in a conflict with Chile's army for control of Arica, declared victory.", ("rebels", "occupies", "Arica")),
    # arriving troops visit nothing
    ("North Korean troops have arrived in Russia.", ("North Korea", "visits", "Russia")),
    # a call to do something else criticizes no one
    ("Ukraine urged Germany to send more tanks.", ("Ukraine", "criticizes", "Germany")),
    # the act of a light verb with no owner of its own is no one's: not the subject's
    ("Chile criticised the imposition of sanctions on Bolivia.", ("Chile", "sanctions", "Bolivia")),
    # the support is for the noun's own object; one acted on supports no one
    ("Chile sent troops to Peru in support of Bolivia.", ("Chile", "supports", "Peru")),
    ("Peru was attacked in support of Chile.", ("Peru", "supports", "Chile")),
    # whoever awards or places an order supplies nothing; an award that names no winner names no supplier
    ("The Navy awarded Hanwha a contract to build six frigates.", ("Navy", "supplies", "frigates")),
    ("Peru placed an order for 12 helicopters.", ("Peru", "supplies", "helicopters")),
    ("The Army awarded a contract for 40 trucks.", ("Army", "supplies", "trucks")),
    # a whole that is no transfer supplies nothing
    ("Chile's deal includes 40 tanks.", ("Chile", "supplies", "tanks")),
    ("Chile sent howitzers to Peru. Chile's new pact with Bolivia includes 40 tanks.", ("Chile", "supplies", "tanks")),
    # a whole that does not refer back, or with no supply before it, is no one's
    ("Chile sent howitzers to Peru. A package from Bolivia includes 40 trucks.", ("Chile", "supplies", "trucks")),
    ("Chile signed a pact with Peru. The package includes 40 trucks.", ("Chile", "supplies", "trucks")),
    # goods with no nationality name no supplier
    ("Ukraine received drones.", ("Ukraine", "supplies", "drones")),
    # the possessor of what is delivered may be its receiver: no sender
    ("Chile's new Patriot missiles were delivered to Peru.", ("Chile", "supplies", "Chile's new Patriot missiles")),
    ("Ukraine's new F-16 jets were delivered in May.", ("Ukraine", "supplies", "Ukraine's new F-16 jets")),
    # a buyer supplies nothing, nor does a purchase with no seller or maker named
    ("Chile's purchase of helicopters was delayed.", ("Chile", "supplies", "helicopters")),
    ("Brazil found a buyer for its old frigates in Peru.", ("Peru", "supplies", "frigates")),
    ("Peru is the largest buyer of Chilean copper.", ("Chile", "supplies", "Chilean copper")),
    ("Critics condemned the purchase of drones by Peru.", ("Peru", "supplies", "drones")),
    ("Chile condemned the acquisition of tanks.", ("Chile", "supplies", "tanks")),
    ("A fine for buying drones was imposed on Peru.", ("Peru", "supplies", "drones")),
    # cooperation is between states and organisations, and a "NATO ally" is a member
    ("Steve Bannon, a Donald Trump ally, was jailed.", ("Steve Bannon", "cooperatesWith", "Donald Trump")),
    ("Turkey shares its experience with its NATO ally, Poland.", ("Poland", "cooperatesWith", "North Atlantic Treaty Organization")),
    # a "where" clause gives no place to an act that has its own object
    ("Zelensky returned to Odesa, where Russia attacked Moldova.", ("Russia", "attacks", "Odesa")),
    # a verb of motion with an object: the subject carries it and goes nowhere itself
    ("Russia flew two bombers to Venezuela.", ("Russia", "visits", "Venezuela")),
    # the capital of a region is not the region
    ("Rebels seized Goma, the capital of North Kivu, in June.", ("rebels", "occupies", "North Kivu")),
    # a light verb of capture takes no whole state, and no place of a "where" clause
    ("Kyiv will take Russia to the International Court of Justice.", ("Ukraine", "occupies", "Russia")),
    ("Ukraine held Russia responsible for the strike.", ("Ukraine", "occupies", "Russia")),
    ("The envoys met in Kharkiv, where the rebels took part in talks.", ("rebels", "occupies", "Kharkiv")),
    # the agent of the passive does not do the coordinated active verb
    ("Hezbollah is funded by Iran and controls the southern town of Bint Jbeil.", ("Iran", "occupies", "Bint Jbeil")),
    # an "including" list of things is no list of places held
    ("The rebels seized weapons, including rifles made in Belgium.", ("rebels", "occupies", "Belgium")),
    # a title and the named holder of it are one party, not two that meet
    ("Chile's foreign minister Ana Ruiz and Peru's foreign minister Luis Vega held talks in Lima.",
     ("Chile's foreign minister", "meetsWith", "Ana Ruiz")),
    # a transfer noun that describes another noun states no transfer
    ("Russia's supply chain for Iran remains intact.", ("Russia", "supplies", "supply chain")),
    # an attack verb with an instrument that is no force is figurative
    ("The United States hit China with tariffs.", ("United States", "attacks", "China")),
    # defending a place is no support: support goes to an actor or an event
    ("Ukrainian forces defended Odesa for months.", ("Ukraine", "supports", "Odesa")),
    # a relationship the clause says is bad is no cooperation
    ("Relations between Chile and Peru remain tense.", ("Chile", "cooperatesWith", "Peru")),
    ("Japan's relations with China have deteriorated.", ("Japan", "cooperatesWith", "China")),
    # sanctions on a state's officials are on them, not on the state
    ("Canada announced new sanctions against 12 Russian officials.", ("Canada", "sanctions", "Russia")),
    ("The EU sanctioned companies on Monday.", ("European Union", "sanctions", "companies")),
    # one count over two party nouns is one set of targets, named by the first
    ("Chile imposed sanctions on eight people and entities.", ("Chile", "sanctions", "entities")),
    # sanctions need a counted target: "the company" alone names no one
    ("The EU imposed sanctions on the company.", ("European Union", "sanctions", "company")),
    # the ministers of two states are no signing party beside them
    ("The foreign ministers of Armenia and Azerbaijan signed the treaty.", ("foreign ministers", "signs", "treaty")),
    # "part of Y" in apposition to a seller describes it: Y sells nothing
    ("Chile bought six helicopters from Airbus, a European firm, part of the Safran Group.",
     ("Safran Group", "supplies", "helicopters")),
    ("Chilean and Peruvian officials signed a border pact.", ("Chilean and Peruvian officials", "signs", "border pact")),
    # a pledge of what is no goods supplies nothing
    ("Russia promised retaliation against Poland.", ("Russia", "supplies", "retaliation")),
    # a relationship that a verb harms is no cooperation
    ("The dispute could damage ties between Chile and Peru.", ("Chile", "cooperatesWith", "Peru")),
    ("Analysts said the raid would hurt relations between Ghana and Togo.", ("Ghana", "cooperatesWith", "Togo")),
    # the planes that bring goods are not what is given; a visitor's companions are not goods
    ("Six cargo planes arrived in Armenia from India with artillery shells.", ("India", "supplies", "cargo planes")),
    ("Police arrested the man for killing two soldiers.", ("man", "killed", "soldiers")),
    # a threat to do something else threatens no one; destroyed materiel is no loss of people
    ("Bolivia threatened to leave the talks with Peru.", ("Bolivia", "threatens", "Peru")),
    ("Peru destroyed 28 Chilean tanks.", ("Chile", "sufferedCasualties", "28")),
    # a landing missile visits nothing; a received consignment is no guest
    ("The missile landed in Lima.", ("missile", "visits", "Lima")),
    ("Peru received two helicopters from Chile.", ("Peru", "meetsWith", "helicopters")),
    # an attack's time or target is no place it is made in; advancing a distance attacks nothing
    ("Russia's invasion in 2022 shocked Europe.", ("Russia", "attacks", "2022")),
    ("Israeli strikes on Hamas in Gaza continued.", ("Israel", "attacks", "Gaza")),
    ("The Houthis have continued to carry out attacks in the Red Sea.", ("Houthis", "attacks", "Red Sea")),
    ("The rebels fired missiles at ships in the Gulf of Aden.", ("rebels", "attacks", "Gulf of Aden")),
    # a call on someone to act is no meeting
    ("Ana Ruiz called on Luis Vega to withdraw the troops.", ("Ana Ruiz", "meetsWith", "Luis Vega")),
    ("The UN called on Luis Vega to release the prisoners.", ("United Nations", "meetsWith", "Luis Vega")),
    # a count over both sides is no one side's loss
    ("At least 26 fighters on both sides were killed in the battle.", ("fighters", "sufferedCasualties", "At least 26")),
    ("Twenty fighters were killed on each side.", ("fighters", "sufferedCasualties", "Twenty")),
    # a subject pronoun never stands for a name in its own clause
    ("Luis Arce spoke first. He arrived in Lima at the invitation of Dina Boluarte.", ("Dina Boluarte", "visits", "Lima")),
    # a denied responsibility names no attacker; goods and policy of a side are no target
    ("Chile denied responsibility for the strike on Peruvian positions.", ("Chile", "attacks", "Peru")),
    ("Peru attacked Chilean policy on migration.", ("Peru", "attacks", "Chile")),
    ("Bolivia bought Peruvian rocket launchers.", ("Bolivia", "attacks", "Peru")),
    # a description in apposition to an agent is no second agent
    ("Luis Vega, the leader of the rebels, threatened to retaliate by launching a missile attack on Lima.",
     ("leader", "attacks", "Lima")),
    # a headline's source after a dash is no object
    ("Chilean forces shell Peruvian positions 12 times — Peruvian defense ministry",
     ("Chile", "attacks", "Peruvian defense ministry")),
    # a "when" clause that attacks no one kills no one; the attack a killing was "in" comes first
    ("Two rebels were killed when the Chilean army visited the border.", ("Chile", "killed", "rebels")),
    ("More than 300 people have been killed in rebel attacks since October, when the Peruvian army began its operations.",
     ("Peru", "killed", "people")),
    # a count that lists several kinds of people is no one side's loss
    ("Thirteen rebels were killed in Peruvian airstrikes. More than 1,200 people, including soldiers and civilians, "
     "have been killed since the rebels began their campaign against Peru.", ("rebels", "sufferedCasualties", "More than 1,200")),
    # people counted as killed with no one named as killing them are no side's loss
    ("Airstrikes hit the town on Monday, killing over 25 people.", ("people", "sufferedCasualties", "over 25")),
    # "the two countries" after three states named refers to no two of them
    ("Chile, Peru and Bolivia discussed cooperation between the two countries.", ("Chile", "cooperatesWith", "Peru")),
    # those who died on both sides are no one side's loss
    ("Twenty fighters died on both sides of the front.", ("fighters", "sufferedCasualties", "Twenty")),
    # an adjective names no owner of a target
    ("Chile struck a military base on Monday.", ("Chile", "attacks", "military")),
    # a trade deal or a ceasefire signed together is no alliance
    ("Chile and Peru signed a trade deal on Monday.", ("Chile", "cooperatesWith", "Peru")),
    ("Chile and Peru signed a ceasefire agreement.", ("Chile", "cooperatesWith", "Peru")),
    # whoever delays another's visit does not make it
    ("The visit of the delegation to Lima was delayed by Gabriel Boric.", ("Gabriel Boric", "visits", "Lima")),
    # a warning of an attack already made is a report, no threat
    ("Luis Vega warned that Chile had attacked Peru.", ("Luis Vega", "threatens", "Peru")),
    # people left in any other state are no loss
    ("The storm left 300 Chilean villagers homeless.", ("Chile", "sufferedCasualties", "300")),
    # ... but not the giver's war, nor the war of a receiver of troops
    ("Peru sent shells to Chile for its war against Bolivia.", ("Peru", "attacks", "Bolivia")),
    ("Mexico supplies components to Chile for use in its invasion of Bolivia.", ("Mexico", "attacks", "Bolivia")),
    ("Peru sent troops to Chile for its war against Bolivia.", ("Chile", "attacks", "Bolivia")),
    # a minister fired by a president is dismissed, not shot at; fire put out is no attack
    ("The Chilean minister was fired by Gabriel Boric.", ("Gabriel Boric", "attacks", "Chilean minister")),
    ("The Peruvian army launched an attack at dawn on Chile.", ("Peru", "attacks", "dawn")),
    ("Firefighters put out a fire at the Chilean embassy in Lima.", ("Firefighters", "attacks", "Chilean embassy")),
    # protection is no attack; an attack under which a place came names no attacker of it
    ("Arica has been under the protection of Hezbollah.", ("Hezbollah", "attacks", "Arica")),
    ("Kharkiv came under attack on Monday, Russia said.", ("Russia", "attacks", "Kharkiv")),
    # a group based in a place's suburbs does not attack the place
    ("Hezbollah, based in the southern suburbs of Arica, attacked Peru.", ("Hezbollah", "attacks", "Arica")),
    # a vessel sold, sent or fired from is no target
    ("Chile sold two patrol boats to Peru.", ("Chile", "attacks", "patrol boats")),
    ("Peru fired missiles from a warship at Chile.", ("Peru", "attacks", "warship")),
    ("The Peruvian navy deployed two frigates off the coast.", ("Peru", "attacks", "frigates")),
    # an attack's target, or who reports it, did not make it
    ("The attack on the Chilean convoy killed five soldiers.", ("Chile", "killed", "soldiers")),
    ("Peru's reports of attacks that killed five soldiers were denied.", ("Peru", "killed", "soldiers")),
    # a bare number beside a killing that is no loss, or a second date, counts no one
    ("Three Peruvian soldiers were killed and 12 were arrested.", ("Peru", "sufferedCasualties", "12")),
    ("Five Bolivian soldiers were killed in 2019 and 2020.", ("Bolivia", "sufferedCasualties", "2020")),
    # a war feared, risked or averted is no fighting
    ("Analysts fear a war between Chile and Peru.", ("Chile", "attacks", "Peru")),
    ("The conflict between Chile and Peru is about to become bloodier.", ("Chile", "attacks", "Peru")),
    ("The deal lowers the chance of armed conflict between Chile and Peru.", ("Peru", "attacks", "Chile")),
    ("Both leaders vowed to prevent a war between Chile and Peru.", ("Chile", "attacks", "Peru")),
    # aggression foreseen against either party of a pact is made by no one
    ("Chile and Peru signed a pact that provides for mutual assistance in case of aggression against either party.",
     ("Chile", "attacks", "Peru")),
    # a call not to cease, or not to do without an object, is none; what one is told not to do is not done
    ("Chile urged Peru not to withdraw its troops.", ("Chile", "criticizes", "Peru")),
    ("Chile urged Peru not to give up.", ("Chile", "criticizes", "Peru")),
    ("Luis Vega told the rebels not to blame the army.", ("rebels", "criticizes", "army")),
    # an attack dealt or coped with is someone else's
    ("Peru dealt calmly with the attack on Arica.", ("Peru", "attacks", "Arica")),
    ("Peru must cope with an attack on Arica.", ("Peru", "attacks", "Arica")),
    # an owner's assets held in a state: the state is not sanctioned
    ("The order freezes the sanctioned officials' U.S. assets.", ("order", "sanctions", "United States")),
    ("Canada froze the oligarchs' British assets on Monday.", ("Canada", "sanctions", "United Kingdom")),
    # the subject of a clause is not the subject of a gerund with a subject of its own
    ("The senators of all Andean states voted in favour of Chile joining the Andean Community.", ("senators", "partOf", "Andean Community")),
    # ... nor a place in a phrase that belongs to a noun ("the city of X killing ...")
    ("Peru fired rockets at the city of Arica killing five people.", ("Arica", "killed", "people")),
    # a state's ally is no member of it; a non-member ally is no member
    ("Chile is a close US ally.", ("Chile", "partOf", "United States")),
    ("Chile is a major non-NATO ally of the United States.", ("Chile", "partOf", "North Atlantic Treaty Organization")),
    # an envoy's place modifier is the posting, not a home
    ("The emir met Ana Lopez, the Chilean president's Middle East envoy, in Doha.", ("Ana Lopez", "livesIn", "Middle East")),
    # a resisting noun whose owner is unnamed, or an attack with a target of its own
    ("Berlin said it would keep helping in its fight against Bolivia's invasion.", ("Bolivia", "attacks", "Germany")),
    ("Peru's war against Bolivia's attack on Arica ended.", ("Bolivia", "attacks", "Peru")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), EXPECTED, ids=[f"{w[1]}:{t[:40]}" for t, w in EXPECTED])
def test_event_is_extracted(nlp, text, want):
    check_extracted(nlp, text, want)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "unwanted"), NOT_EXPECTED, ids=[f"{u[1]}:{t[:40]}" for t, u in NOT_EXPECTED])
def test_event_is_not_extracted(nlp, text, unwanted):
    check_not_extracted(nlp, text, unwanted)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("staged", "stage"), ("waged", "wage"), ("hoped", "hope"), ("retook", "retake"), ("sanctioned", "sanction")],
)
def test_verb_lemma(word, lemma):
    assert verb_lemma(word) == lemma


def test_pipeline_gives_verbs_their_dictionary_lemma(nlp):
    doc = nlp("The rebels staged an attack and waged a war.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["stage", "wage"]


# text -> (subject label, relation, object label, status, accordingTo label or None)
QUALIFIED = [
    # a coordinated reporting verb keeps its subject as the source
    ("Russia denied attacking the convoy but admitted it had shelled Kharkiv.", ("Russia", "attacks", "Kharkiv", "asserted", "Russia")),
    # a past act that provides for a future condition happened; a would-act on a condition is hypothetical
    ("Chile and Peru signed a pact pledging support if either country is attacked.", ("Peru", "signs", "pact", "asserted", None)),
    ("Chile would sign the pact if Peru agrees.", ("Chile", "signs", "pact", "hypothetical", None)),
    # a clause before a reporting verb that reports another clause after it is not reported by it
    ("Spain announced the recognition of Kosovo, however Peru said the decision was premature.",
     ("Spain", "recognizes", "Kosovo", "asserted", None)),
    ("Chile sent troops to Peru, the ministry said.", ("Chile", "deploys", "troops", "asserted", "ministry")),
    # an event named by a noun is qualified by its own determiner and adjectives
    ("Bolivia warned that any Chilean attack on Peru would be met with force.", ("Chile", "attacks", "Peru", "hypothetical", "Bolivia")),
    ("Peru condemned the alleged Chilean attack on Arica.", ("Chile", "attacks", "Arica", "alleged", None)),
    ("Germany's planned sale of tanks to Chile was approved.", ("Germany", "supplies", "tanks", "planned", None)),
    ("Chile's attack on Peru surprised many.", ("Chile", "attacks", "Peru", "asserted", None)),
    # the content of a denied claim, or of one the text calls false, is negated
    ("Chile denied Peru's claims that Chilean troops had shelled Arica.", ("Chile", "attacks", "Arica", "negated", "Chile")),
    ("The claim that Chile shelled Arica is absolutely false, the ministry said.", ("Chile", "attacks", "Arica", "negated", "ministry")),
    # the act sanctions are imposed for is the sanctioning side's charge
    ("Canada sanctioned Iran for sending drones to Russia.", ("Iran", "supplies", "drones", "alleged", None)),
    # a relative clause set off as an aside is the writer's gloss, not the speaker's words
    ("Ana Ruiz said Peru was slow to return prisoners to Tacna, a region where Chilean forces staged an incursion in May.",
     ("Chile", "attacks", "Tacna", "asserted", None)),
    # a present clause of circumstance ("as X continues to ...") is the writer's fact, whatever the clause it hangs on
    ("Peru urged the EU to set up a fund as Chile continues to wage its war against Bolivia.", ("Chile", "attacks", "Bolivia", "asserted", None)),
    ("Peru will send troops to Bolivia as Chile continues to shell La Paz.", ("Chile", "attacks", "La Paz", "asserted", None)),
    ("Peru will send troops to Bolivia when Chile attacks La Paz.", ("Peru", "deploys", "troops", "planned", None)),
    # "X said (that) A, Y reported": A is X's word, Y only reports X; with no X, A is Y's
    ("In a briefing, John Miller, the spokesman at the ministry, said that Chile has sent troops to Peru, El Mercurio reported.",
     ("Chile", "deploys", "troops", "asserted", "John Miller")),
    ("In a briefing, John Miller said Chile had shelled Arica, the newspaper El Mercurio reported.", ("Chile", "attacks", "Arica", "asserted", "John Miller")),
    ("Chile has sent troops to Peru, El Mercurio reported.", ("Chile", "deploys", "troops", "asserted", "El Mercurio")),
    ("Peru became a member of the Andean Community in 1969.", ("Peru", "partOf", "Andean Community", "asserted", None)),
    ("Bolivia will become a member of the Andean Community next year.", ("Bolivia", "partOf", "Andean Community", "planned", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), QUALIFIED, ids=[f"{w[1]}:{t[:40]}" for t, w in QUALIFIED])
def test_event_status_and_source(nlp, text, want):
    subject, relation, obj, status, source = want
    found = [s for s in statements_of(text) if (s.subject.label, s.relation, s.object.label) == (subject, relation, obj)]
    got = [(str(s.status), s.according_to.label if s.according_to else None) for s in found]
    assert (status, source) in got, f"{want} not in {got}"


@pytest.mark.slow
def test_a_verb_particle_is_no_hedge(nlp):
    """"handed over 20 tanks": twenty, not more than twenty."""
    found = [s for s in statements_of("Germany handed over 20 Leopard tanks to Ukraine.") if s.relation == "supplies"]
    assert [(s.quantity.hedge, s.quantity.value) for s in found] == [("exact", 20.0)]
