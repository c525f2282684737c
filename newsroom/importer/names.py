"""Common first names (casefolded, Latin script): a person cue when no role or speech verb is near.

Kazakh, Central Asian, Russian and common international names as news agencies spell them.
A name here is never a person by itself: it must start a capitalised sequence of two to four words.
"""

FIRST_NAMES = frozenset(
    """
    abai abay abdulla abdullah abylai adil adilet ainur aida aidana aidar aigerim aigul aijan ainura aisulu akerke
    akmaral aliya alibek alikhan alisher almas almaz alma altynai anar anara arman arailym aruzhan askar asel assel
    asem assem aset ayan aybek aydos azamat azat baglan bakhyt bakhytzhan bagdat balzhan bauyrzhan baurzhan beibit
    bekzat berik bolat botagoz dana danagul daniyar darkhan daulet dauren dinara dias dilnaz dimash duman elmira
    erlan ermek galym galymzhan gaukhar gulmira gulnara gulnar gulzhan gulsara indira kairat kanat karlygash kassym
    kassym-jomart kuanysh laura lyazzat madina maira makhabbat malika marat marzhan meruert miras mukhtar murat nazgul
    nazira nurlan nursultan nurlybek nurzhan olzhas raushan rustem sabina samal sanzhar saule serik sholpan symbat
    talgat timur togzhan tokhtar toleu ulan ulzhan yerlan yerzhan yerbol yerkebulan yesset zarina zhanar zhandos
    zhanna zhanibek zhanerke zhasulan zhuldyz zulfiya kamila kamilla kuralai bibigul akbota aknur dariga dariga
    alexander alexei alexey aleksandr aleksei anatoly andrei andrey anna anton boris dmitry dmitri elena ekaterina
    evgeny galina igor ilya irina ivan konstantin larisa lyudmila maria marina maxim mikhail natalia natalya nikolai
    nikolay oleg olga pavel roman sergei sergey svetlana tatiana tatyana valentina vladimir viktor victor yuri yury
    yulia yelena yevgeny valery vadim gennady georgy grigory leonid lev nadezhda oksana polina sofia vera veronika
    zhanna shavkat sadyr emomali rustam sherzod dilshod farrukh bakhtiyor gulnora jamshid nodira otabek ulugbek
    aziz azamat bektur chinara kubanychbek almazbek kanybek nurbek ilham mehriban rashid ali ahmed ahmad mohammed
    muhammad mohamed omar hassan hussein fatima aisha amina mariam yusuf ibrahim khalid tariq karim leila layla
    john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
    jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
    christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce
    albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
    johnny mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
    ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
    kathleen amy shirley angela helen brenda pamela nicole emma samantha katherine christine debra rachel catherine
    carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
    madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
    natalie isabella charlotte rose alexis kayla antonio audrey tedros volker achim filippo catherine ghada jean-pierre
    francesco giovanni luca marco paolo pierre jacques francois françois emmanuel olivier philippe nicolas hans
    klaus wolfgang jürgen angela ursula olaf frank-walter gustavo carlos luis miguel javier pedro manuel jorge
    ricardo fernando rafael alejandro diego pablo sergio andrés andres mateo inger amina ngozi kristalina achim
    csaba dennis abdulla volkan selim mehmet mustafa recep kemal ayşe fatma emine hiroshi yuki kenji akira takeshi
    ki-moon moon-jae yoon jae-in wei li wang zhang liu chen yang huang zhao xi narendra rahul priya amit sanjay
    lidia lydia stefania amina audrey khaled volker catherine antonio antónio kassym-jomart rosemary achim inger
    kofi kwame abiy cyril jacinda justin emmanuel shinzo fumio kishida boris rishi keir
    """.split()
)
