from odt import Doc

OFFICES = {
    'botkyrka': dict(font='Liberation Sans', header='Botkyrka kommun  ·  Socialförvaltningen|Vuxenenheten missbruk',
                     footer='{dnr}|Sida {p} av {n}'),
    'huddinge': dict(font='Liberation Serif', header='HUDDINGE KOMMUN|Socialtjänsten, Vuxenenheten',
                     footer='Dnr {dnr}|{p} ({n})'),
    'sodertalje': dict(font='DejaVu Sans', size=9.5, header='Södertälje kommun|Socialkontoret – Vuxenenheten Beroende',
                       footer='{dnr}|Sid {p}/{n}'),
    'jarfalla': dict(font='Liberation Sans', header='Järfälla kommun · Socialförvaltningen|Enheten för vuxna',
                     footer='Diarienr {dnr}|Sida {p} av {n}'),
}


def office_doc(office, dnr, title='', **kw):
    o = dict(OFFICES[office])
    o['footer'] = o['footer'].replace('{dnr}', dnr)
    o.update(kw)
    return Doc(title=title, **o)


def provider_doc(title='', font='Liberation Sans', accent='#2e5d34', footer=None, **kw):
    return Doc(title=title, font=font, accent=accent, footer=footer, **kw)
