# Cases 1-10.
from docs import *


def base(**k):
    c = dict(sys='Paragraf', unit='Socialförvaltningen, Vuxenenheten', hl_title='socialsekreterare',
             bf_title='1:e socialsekreterare', kallor='samtal med klienten vid tre tillfällen, '
             'ASI-grundintervju, kontakt med beroendemottagningen samt uppgifter ur tidigare akt',
             hl_sign='')
    c.update(k)
    c['hl_sign'] = c['hl']
    c.setdefault('utr_date_place', '%s den %s' % (c['kommun'], c['utr_date']))
    return c


def D(file, typ, blocks, c, docname, scan=False, lo=False, **opts):
    return {'file': file, 'type': typ, 'parts': [
        {'blocks': blocks, 'head': head(c, docname), 'foot': foot(c), 'opts': opts, 'scan': scan, 'lo': lo}]}


def M(file, typ, parts):
    return {'file': file, 'type': typ, 'parts': parts}


def P(blocks, c, docname, scan=False, **opts):
    return {'blocks': blocks, 'head': head(c, docname), 'foot': foot(c), 'opts': opts, 'scan': scan}


ALL_A = []

# ---------------------------------------------------------------- 1 Värmdö, all ja, institution
c = base(kommun='Värmdö', dnr='SN 2015/0211', name='Gunnar Almqvist', first='Gunnar',
         pnr=luhn_pnr(1900, 3, 14, 237), addr='Ekbacksvägen 4, 134 40 Gustavsberg',
         hl='Maria Ekwall', hl_tel='08-570 470 12', hl_mail='maria.ekwall@varmdo.example.se',
         provider='Behandlingshemmet Granudden (HVB, ramavtal)', insats_lang='Institutionsvård (HVB) enligt 4 kap. 1 § SoL',
         utr_date='2015-02-09', beslut_date='2015-02-12', beslutsfattare='Karin Stål',
         arendet='Gunnar ansökte 2015-01-08 om behandling på behandlingshem efter att ha återfallit i alkoholmissbruk '
         'under hösten 2014. Ansökan föregicks av en orosanmälan från hemtjänsten 2014-12-18 som noterat att Gunnar vid '
         'flera tillfällen varit kraftigt berusad och att lägenheten var i dåligt skick.',
         bakgrund='Gunnar har varit känd av vuxenenheten sedan 2009. Han genomgick 2011 öppenvårdsprogram (återfallsprevention) '
         'och var därefter nykter i cirka två år. Sedan hustruns bortgång 2013 har drickandet successivt ökat.',
         boende='Gunnar bor ensam i hyresrätt. Hyran är betald men det finns en skuld hos elbolaget. Han har sjukersättning.',
         missbruk='Gunnar uppger att han dricker cirka en flaska starksprit per dag, ibland mer. AUDIT-poäng 31. Han har haft '
         'abstinensbesvär med darrningar och sömnstörningar och har vid två tillfällen under december avgiftats på '
         'beroendeakuten. Han använder inte narkotika men har periodvis tagit insomningstabletter som inte förskrivits till honom.',
         halsa='Leverprover är förhöjda. Gunnar har högt blodtryck och nedstämdhet sedan hustruns död. Han har kontakt med vårdcentralen.',
         natverk='En dotter i Uppsala som han träffar sällan. Dottern har uttryckt stor oro och vill vara delaktig i behandlingen.',
         egen='Gunnar säger att han "inte klarar det här själv längre" och vill komma bort från lägenheten en period. '
         'Han önskar ett behandlingshem med möjlighet till samtal om sorg.',
         overv=['Av utredningen framgår att Gunnar har ett allvarligt alkoholberoende med upprepade avgiftningar, somatiska '
                'komplikationer och ett boende som inte längre fungerar. Gunnar har behov av en drogfri miljö under en '
                'längre sammanhängande tid, av strukturerad behandling mot alkoholberoendet (återfallsprevention), av '
                'bearbetning av sorgen efter hustrun samt av stöd att återta ett fungerande vardagsliv i den egna lägenheten.',
                'Tidigare öppenvård har gett resultat men bedöms inte räcka i nuläget eftersom Gunnar inte förmår upprätthålla '
                'nykterhet i hemmiljön ens under korta perioder. Socialtjänsten gör därför bedömningen att institutionsvård på '
                'Granudden, som erbjuder återfallsprevention enligt KBT-modell och individuella sorgsamtal, tillgodoser Gunnars '
                'behov. Behandlingstiden föreslås till fyra månader med efterföljande utslussning.¹'],
         forslag='Att bevilja Gunnar Almqvist institutionsvård på Behandlingshemmet Granudden från 2015-02-16 under fyra månader, '
         'med stöd av 4 kap. 1 § SoL.',
         fn=['¹ Granudden ingår i Stockholms läns kommuners ramavtal för HVB vuxna 2014–2016. '
             'Dygnskostnad enligt avtal.'],
         beslut_text='Institutionsvård på Behandlingshemmet Granudden 2015-02-16 -- 2015-06-15',
         deleg='Delegationsordning p. 4.2.1 (institutionsvård vuxna, ramavtal)',
         motivering='Gunnar har ett allvarligt alkoholberoende och behöver en drogfri miljö och strukturerad behandling. '
         'Öppenvård har prövats och bedöms inte tillräcklig. Insatsen tillgodoser behovet, se utredning.',
         ud_a='Gunnar har ett allvarligt alkoholberoende med upprepade avgiftningar. Han behöver en drogfri miljö, '
         'återfallsprevention, bearbetning av sorg samt stöd att återta ett fungerande vardagsliv.',
         ud_b='Behandling enligt Granuddens program (KBT-baserad återfallsprevention, individuella samtal, arbetsträning), '
         'dygnet runt-boende, samverkan med vårdcentralen kring blodtryck och leverprover, förberedelse av utslussning.',
         ud_c='Gunnar ska vara nykter under vistelsen (mäts med utandningsprov). Gunnar ska ha en fungerande dygnsrytm och egen '
         'återfallsplan senast 2015-05-15. Gunnar ska ha påbörjat sorgbearbetning.',
         ud_d='Behandlingskonferens hålls efter ca sex veckor (v. 13) och inför utskrivning, med Gunnar, kontaktperson på '
         'Granudden och handläggare. Granudden skickar en skriftlig lägesrapport inför varje konferens.',
         ud_e='Slutrapport senast två veckor efter avslutad behandling: måluppfyllelse, nykterhet, hälsoläge och Gunnars egen '
         'bedömning samt rekommendation om fortsatta insatser.',
         ud_g='2015-02-12, skickat med säker e-post till Granudden (intag@granudden.example.se).')
vp = vardplan_form(c, [
    ['Gunnar är nykter under hela behandlingstiden t.o.m. 2015-06-15', 'Utandningsprov, återfallsprevention i grupp 3 ggr/v',
     'Granudden (kontaktperson Lars)', 'Löpande, redovisas vid behandlingskonferens v. 13'],
    ['Gunnar har en skriftlig återfallsplan senast 2015-05-15', 'Individuella KBT-samtal 1 g/v', 'Granudden', 'Klar 2015-05-15'],
    ['Gunnar har påbörjat sorgbearbetning senast 2015-04-01', 'Sorgsamtal, kontakt med dottern', 'Granudden / Gunnar', 'Från v. 9'],
    ['Elskulden är reglerad före hemgång', 'Budgetrådgivning, kontakt med elbolaget', 'Maria Ekwall, handläggare', 'Senast 2015-05-31']],
    extra=[('p', 'Uppföljning: behandlingskonferens v. 13 och före utskrivning.')], title='Vårdplan enligt 11 kap. SoL')
bk = [('h1', 'Behandlingskonferens'),
      ('p', '<b>Datum:</b> 2015-03-26 &nbsp; <b>Plats:</b> Granudden &nbsp; <b>Närvarande:</b> Gunnar Almqvist, Lars Berg '
       '(kontaktperson Granudden), Maria Ekwall (handläggare), dottern Eva via telefon'),
      ('p', 'Konferensen gick igenom vårdplanens mål. Gunnar har varit nykter sedan ankomsten; samtliga utandningsprov (n=34) '
       'har varit negativa. Han deltar i gruppen och har påbörjat arbetet med återfallsplanen, som beräknas klar i början av maj. '
       'Sorgsamtalen har kommit igång men Gunnar tycker att de är tunga; han vill fortsätta. Elskulden är ännu inte reglerad, '
       'handläggaren tar kontakt med elbolaget.'),
      ('p', '<b>Resultat:</b> Målen om nykterhet och sorgbearbetning bedöms uppnådda hittills, återfallsplanen pågår. '
       'Behandlingen fortsätter enligt plan. Nästa konferens 2015-06-04 inför utslussning.')]
j1 = journal(c, [
    ('2015-01-08', 'Ansökan', 'Gunnar ringde och ansökte om behandlingshem. Tid för besök bokad.'),
    ('2015-02-12', 'Beslut/uppdrag', 'Beslut om institutionsvård fattat. Uppdragsbeskrivningen skickad till Granudden via säker e-post samma dag. '
     'Inskrivning 2015-02-16.'),
    ('2015-02-24', 'Vårdplan', 'Vårdplan upprättad tillsammans med Gunnar och kontaktperson på Granudden, se separat dokument.'),
    ('2015-06-04', 'Behandlingskonferens inför utslussning', 'Gunnar nykter hela perioden, återfallsplanen klar 2015-05-12. '
     'Elskulden reglerad genom avbetalning. Utslussning till egen lägenhet 2015-06-15 med öppenvårdskontakt.')])
ALL_A.append(dict(c=c, docs=[
    D('utredning.pdf', 'utredning', utredning(c), c, 'Utredning'),
    M('beslut_och_uppdrag.pdf', 'beslut + uppdragsbeskrivning', [P(beslut(c), c, 'Beslut'), P(uppdrag(c), c, 'Uppdragsbeskrivning')]),
    D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan', land=True),
    D('behandlingskonferens.pdf', 'uppföljning', bk, c, 'Behandlingskonferens'),
    D('journal.pdf', 'journalanteckningar', j1, c, 'Journal', twocol=True)],
    crit={'needs_assessment': ('ja', 'Section 3 Överväganden in utredning names the needs (drogfri miljö, återfallsprevention, sorg, vardagsliv) and why Granudden meets them; repeated in uppdrag.',
                               [('utredning.pdf', 'tillgodoser Gunnars behov'), ('beslut_och_uppdrag.pdf', 'bearbetning av sorg samt stöd')]),
          'planning': ('ja', 'Landscape Vårdplan enligt 11 kap. SoL with dated, measurable goals, activity, responsible and time.',
                       [('vardplan.pdf', 'återfallsplan senast 2015-05-15')]),
          'follow_up': ('ja', 'Behandlingskonferens 2015-03-26 with outcome per goal; journal 2015-06-04 second conference with outcome.',
                        [('behandlingskonferens.pdf', 'Resultat:'), ('journal.pdf', 'Behandlingskonferens inför utslussning')]),
          'assignment_description': ('ja', 'Uppdragsbeskrivning (page 2 of merged file) holds a–f; sent 2015-02-12 by säker e-post (in uppdrag and journal).',
                                     [('beslut_och_uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivningen skickad till Granudden')], [])}))

# ---------------------------------------------------------------- 2 Tyresö, all ja, öppenvård, assessment spread
c = base(kommun='Tyresö', dnr='SOC 2014/388', sys='Combine', unit='Socialförvaltningen, Enheten för vuxna',
         name='Leila Haddad', first='Leila', pnr=luhn_pnr(1901, 7, 2, 448), addr='Bollmoravägen 81, 135 40 Tyresö',
         hl='Jonas Fredin', hl_tel='08-578 291 40', hl_mail='jonas.fredin@tyreso.example.se',
         provider='Öppenvården Vägskälet (kommunens egen öppenvård)', insats_lang='Öppenvård, strukturerat program (ÅP) enligt 4 kap. 1 § SoL',
         utr_date='2014-09-22', beslut_date='2014-09-25', beslutsfattare='Annika Lund',
         arendet='Leila kontaktade enheten 2014-08-11 och ansökte om hjälp med sitt drickande och sitt bruk av lugnande tabletter. '
         'Hon hänvisades av företagshälsovården efter en varning från arbetsgivaren.',
         bakgrund='Leila är tidigare inte känd av socialtjänsten. Hon är utbildad undersköterska och har arbetat på samma äldreboende i tolv år.',
         boende='Leila bor i bostadsrätt med sin sambo och två barn (9 och 13 år). Hon arbetar heltid; hon har för närvarande en varning '
         'från arbetsgivaren och en rehabiliteringsplan via företagshälsovården.',
         missbruk='Leila dricker vin varje kväll, 1–1,5 flaska, och mer på helger. Hon har sedan 2013 tagit oxazepam utan förskrivning, '
         'som hon köpt av en bekant. AUDIT 22, DUDIT 9. Hon har inte haft abstinenskramper.',
         halsa='Sömnsvårigheter och oro. Hon har fått tid hos beroendemottagningen för bedömning av bensodiazepinnedtrappning.',
         natverk='Sambon är stödjande men trött. Barnen har enligt Leila inte märkt något; en samtalskontakt för barnen har erbjudits.',
         egen='Leila vill sluta med tabletterna helt och dricka mindre, helst inte alls under vardagar. Hon vill behålla arbetet och '
         'kan inte tänka sig behandlingshem på grund av barnen.',
         h3='3. Överväganden',
         overv=['Leila har ett riskbruk av alkohol som övergått i skadligt bruk, och ett beroende av lugnande medel utan förskrivning. '
                'Hennes behov är att få kunskap och färdigheter att hantera sug och stress utan alkohol och tabletter, att få medicinsk '
                'nedtrappning av bensodiazepiner, samt att behålla sin anställning och familjesituation. Hennes föräldraförmåga påverkas, '
                'och barnens behov av information och stöd behöver uppmärksammas.'],
         slutsats=['Ett strukturerat öppenvårdsprogram är den insats som bäst motsvarar behoven: Återfallspreventionen (ÅP) på Vägskälet '
                   'bygger på KBT och kan kombineras med arbete och föräldraskap, och nedtrappningen sköts parallellt av '
                   'beroendemottagningen. Behandlingshem är inte aktuellt eftersom Leila har fungerande boende och arbete, '
                   'och en placering skulle försvåra för barnen.'],
         slutsats_h='3.2 Slutsats',
         forslag='Att bevilja Leila Haddad öppenvård i form av ÅP på Öppenvården Vägskälet, 2014-10-01 -- 2015-03-31.',
         beslut_text='Öppenvård (ÅP) på Vägskälet 2014-10-01 -- 2015-03-31', deleg='D 3.1.4 Öppenvårdsinsats vuxna',
         motivering='Enligt utredningen har Leila behov av stöd för att förändra sitt alkohol- och tablettbruk och insatsen '
         'kan kombineras med arbete och familj.',
         ud_a='Leila har skadligt bruk av alkohol och beroende av oxazepam utan förskrivning. Hon behöver färdigheter att hantera sug och '
         'stress, medicinsk nedtrappning (beroendemottagningen) och stöd att behålla arbete och familjeliv.',
         ud_b='ÅP-program 12 gruppträffar och 6 individuella samtal; samverkan med beroendemottagningen om nedtrappning; '
         'PEth-prov 1 g/månad; information till Leila om barnsamtal.',
         ud_c='Leila är fri från icke förskrivna tabletter senast 2014-12-31. Leila dricker inte alkohol måndag–torsdag från 2014-11-01 '
         '(PEth under 0,3). Leila är kvar i arbete.',
         ud_d='Avstämningsmöte mellan Leila, behandlare och handläggare efter ca tre månader och vid avslut.',
         ud_e='Skriftlig avslutsrapport: genomförda moment, provresultat, måluppfyllelse och Leilas egen bedömning.',
         ud_g='Skickad till Vägskälet via Combines interna meddelandefunktion 2014-09-26.')
gfp = [('h1', 'Genomförandeplan – Öppenvården Vägskälet'),
       ('kv', [('Klient', 'Leila Haddad'), ('Behandlare', 'Sara Nyqvist'), ('Upprättad', '2014-10-08')]),
       ('table', [['Delmål', 'Vad görs', 'Vem', 'När', 'Hur mäts'],
                  ['Inga icke förskrivna tabletter', 'Nedtrappning via beroendemottagningen, urinprov', 'Leila, läkare BM', 'Klart 2014-12-31', 'U-prov varannan vecka'],
                  ['Alkoholfria vardagar', 'ÅP-grupp tisdagar, dagbok över sug', 'Leila, Sara', 'Från 2014-11-01', 'PEth 1 g/mån'],
                  ['Behålla arbetet', 'Trepartssamtal med företagshälsovården', 'Sara, Leila', 'Nov 2014', 'Kvar i tjänst'],
                  ['Barnen får information', 'Erbjudande om barngrupp', 'Sara', 'Okt–nov 2014', 'Ja/nej']], [2.2, 3, 1.6, 1.5, 1.6])]
j2 = journal(c, [
    ('2014-08-11', 'Aktualisering', 'Leila ringde och ansökte om stöd. Utredning inleds.'),
    ('2014-09-26', 'Uppdrag', 'Uppdragsbeskrivning skickad till Vägskälet via Combine.'),
    ('2015-01-14', 'Avstämningsmöte på Vägskälet',
     'Möte med Leila och behandlare Sara Nyqvist. Leila har avslutat nedtrappningen och samtliga urinprov sedan 2014-12-10 är '
     'negativa för bensodiazepiner. PEth i december 0,21, i januari 0,18. Leila dricker enligt egen uppgift bara på lördagar. '
     'Hon är kvar i arbete, varningen är avskriven. Barnen har inte velat gå i barngrupp; Leila och sambon har själva pratat med dem. '
     'Överenskommet att fortsätta ÅP till mars enligt plan. Nästa möte vid avslut.'),
    ('2015-03-30', 'Avslut', 'Avslutande möte på Vägskälet. Målen uppnådda; Leila avslutar. Avslutsrapport inkommen.')])
ALL_A.append(dict(c=c, docs=[
    D('utredning.pdf', 'utredning', utredning(c), c, 'Utredning', font='San'),
    D('beslut.pdf', 'beslut', beslut(c), c, 'Beslut', font='San'),
    D('uppdrag.pdf', 'uppdragsbeskrivning', uppdrag(c, title='Beställning/uppdrag till öppenvården'), c, 'Uppdrag', font='San'),
    D('genomforandeplan.pdf', 'genomförandeplan', gfp, c, 'Genomförandeplan', land=True, font='San'),
    D('journal.pdf', 'journalanteckningar', j2, c, 'Journal', font='San')],
    crit={'needs_assessment': ('ja', 'Assessment spread over 3. Överväganden (needs) and 3.2 Slutsats (why ÅP meets them).',
                               [('utredning.pdf', 'Hennes behov är att'), ('utredning.pdf', 'bäst motsvarar behoven'), ('uppdrag.pdf', 'Nämndens bedömning av behov')]),
          'planning': ('ja', 'Provider GFP with dated delmål, what, who, when.', [('genomforandeplan.pdf', 'Delmål')]),
          'follow_up': ('ja', 'Journal 2015-01-14 Avstämningsmöte with outcome per goal (word uppföljning not used).',
                        [('journal.pdf', 'Avstämningsmöte på Vägskälet')]),
          'assignment_description': ('ja', 'Beställning/uppdrag with a–f; handover 2014-09-26 recorded in uppdrag and journal.',
                                     [('uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivning skickad till Vägskälet')], [])}))
