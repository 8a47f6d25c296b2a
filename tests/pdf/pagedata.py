"""Article text of the generated test pages.

Every word here was written for this test suite (invented places, people,
figures and events); nothing is copied from a real newspaper.

An article is a dict:
  headline    str
  deck        str or None   (subheadline / kicker printed with the headline)
  byline      str or None   (credit or dateline; for the Chinese pages it is
                             printed at the start of the first paragraph and so
                             is also the first paragraph's prefix)
  paragraphs  [str]         (source paragraphs; the layout wraps them)
"""

# ---------------------------------------------------------------------------
# zh-pdf-identity: 云川日报 第3版 要闻 (typst, embedded CID font, Identity-H)
# ---------------------------------------------------------------------------

ZH_IDENTITY = {
    "paper": "云川日报",
    "date": "2025年3月8日 星期六",
    "page": "第3版",
    "section": "要闻",
    "footer": "责任编辑：林晓舟　　美术编辑：陈一凡　　校对：赵敏",
    "caption": "3月7日，志愿者在城东滨江湿地公园参加义务植树活动。",
    "credit": "本报记者 王立新 摄",
    "articles": {
        "lead": {
            "headline": "云川启动春季城乡绿化攻坚行动",
            "deck": "今年计划完成造林绿化4.2万亩 新建口袋公园50个",
            "byline": "本报讯（记者 周明远）",
            "paragraphs": [
                "本报讯（记者 周明远）3月7日上午，云川市2025年春季城乡绿化攻坚行动启动仪式在城东滨江湿地公园举行。市领导与机关干部、驻地部队官兵、青年志愿者等1500余人一同参加义务植树，现场栽下香樟、银杏、樱花、紫薇等苗木2.8万株。",
                "记者从市林业和园林局了解到，今年全市计划完成造林绿化4.2万亩，其中新造林1.6万亩、森林抚育2.6万亩；城区新建口袋公园50个、改造提升城市绿道86公里，力争年底前城市建成区绿化覆盖率达到43.5%，人均公园绿地面积达到15.2平方米。",
                "与往年相比，今年的绿化行动更加注重“见缝插绿”。市林业和园林局相关负责人介绍，各区将结合老旧小区改造、背街小巷整治，把拆违腾退的边角地、闲置地优先用于建设小微绿地，让市民“推窗见绿、出门进园”。",
                "今年，全市还将首次启用“云川绿化”小程序，市民可在线认领树木、预约参加植树活动，也可通过捐资方式参与国土绿化。截至目前，已有3000余名市民通过小程序报名参加今春义务植树。",
                "在乡村，绿化行动将与和美乡村建设同步推进。全市选定120个行政村开展村庄绿化提升，重点实施道路两侧、河道沿岸和房前屋后绿化，推广种植本地乡土树种和经济林木，既美化环境，又带动村民增收。",
                "启动仪式后，各区、各部门将分片包干开展植树活动。市林业和园林局提醒，春季是森林防火关键期，市民上山踏青、祭扫时要严格遵守野外用火规定，共同守护绿色家园。",
            ],
        },
        "xinhua": {
            "headline": "全国春耕备耕由南向北有序展开",
            "deck": None,
            "byline": "新华社北京3月7日电（记者 韩雪松 孟佳）",
            "paragraphs": [
                "新华社北京3月7日电（记者 韩雪松 孟佳）记者7日从农业农村部获悉，当前全国春耕备耕由南向北有序展开，南方早稻育秧陆续开始，北方冬小麦陆续返青，各地农资储备充足、供应总体平稳。",
                "农业农村部有关负责人介绍，截至目前，全国春耕化肥到位率超过七成，种子供应量充足，农机具检修保养工作基本完成。各地组织农技人员深入田间地头开展技术指导服务，帮助农民解决生产中遇到的实际问题。",
                "这位负责人表示，下一步将密切关注天气变化，及早防范倒春寒、春旱等不利天气影响，指导各地落实小麦“一喷三防”等关键技术措施，全力夯实全年粮食丰收基础。",
                "记者在多地采访了解到，今年各地春耕生产呈现出不少新变化：无人机植保、智能育秧工厂、北斗导航播种等新技术新装备加快推广应用，土地托管、代耕代种等社会化服务覆盖面持续扩大，越来越多的小农户搭上了现代农业的“快车”。",
                "据气象部门预测，3月中下旬，全国大部农区气温偏高、光照充足，墒情总体适宜，有利于春播作物播种出苗。专家建议，各地要抓住有利时机，适时开展春灌和追肥。",
            ],
        },
        "talent": {
            "headline": "城东新区首批人才公寓交付使用",
            "deck": None,
            "byline": "本报讯（记者 李若溪 通讯员 王晨）",
            "paragraphs": [
                "本报讯（记者 李若溪 通讯员 王晨）3月6日，城东新区首批人才公寓在科创路集中交付，来自电子信息、生物医药、新材料等领域的216名青年人才领到了新居钥匙。",
                "首批交付的人才公寓共有房源620套，户型从45平方米的单间到90平方米的两居室不等，均为精装修并配齐家具家电，入住人员“拎包即可入住”。公寓内还配建了共享厨房、健身房、自习室和24小时便利店，实行人脸识别门禁和24小时安保，入住人员可通过手机在线报修、缴费。",
                "“以前租房要跑好几个中介，现在公司帮忙申请，一周就办好了。”在云川芯光科技有限公司从事芯片测试工作的小刘说，公寓离公司只有800米，步行十分钟就能到，通勤时间比原来节省了一个多小时。",
                "入住当天，新区还为人才举办了“新居开放日”活动，社区工作人员现场为大家办理居住登记、社保转移等业务，并发放了周边交通、医疗、教育等生活服务指南。",
                "据了解，城东新区今年还将陆续筹集人才公寓房源3000套，并对符合条件的高校毕业生给予最长3年的租金补贴，进一步降低青年人才在云川安家落户的成本。新区人才服务中心负责人表示，将持续完善公寓周边配套，年内开通两条直达科创园区的公交线路。",
            ],
        },
        "alleys": {
            "headline": "老城区12条背街小巷完成改造",
            "deck": None,
            "byline": "本报讯（记者 许嘉怡）",
            "paragraphs": [
                "本报讯（记者 许嘉怡）记者昨日从云川市住房和城乡建设局获悉，老城区首批12条背街小巷改造工程已全部完工，累计改造道路路面3.2万平方米，新增停车泊位410个。",
                "此次改造坚持“先地下、后地上”，同步更新雨污水管网、燃气管道和通信线路，对沿街杂乱的架空线缆进行了入地或规整。改造后的小巷路面平整、灯光明亮，不少居民专门在巷口拍照留念。巷子两侧的老墙也经过了清洗修补，保留了青砖黛瓦的老城风貌。",
                "家住鼓楼巷的退休教师方阿姨告诉记者，过去巷子里一下雨就积水，晚上路灯也不亮，老人出门总是提心吊胆。“现在路平了、灯亮了，我们晚饭后也敢出来散散步了。”",
                "改造过程中，街道还邀请居民代表全程参与方案设计和施工监督，先后召开“板凳会”20余场，收集意见建议160多条。",
                "据介绍，第二批18条背街小巷改造工程将于4月开工，计划年内完工，届时老城区背街小巷改造完成率将达到八成以上。",
            ],
        },
        "metro": {
            "headline": "地铁2号线北延段3月16日开通",
            "deck": None,
            "byline": "本报讯（记者 吴昊天）",
            "paragraphs": [
                "本报讯（记者 吴昊天）记者7日从云川地铁集团获悉，地铁2号线北延段已完成全部验收工作，将于3月16日上午10时开通初期运营。北延段全长9.6公里，设车站6座，开通后2号线全线运营里程将达到32.4公里。",
                "北延段沿线经过高铁北站、北湖生态新城和云川大学新校区，开通后，北部片区市民乘地铁到达市中心的时间将缩短至30分钟以内。初期运营阶段，列车最小行车间隔为6分钟，首末班车时间与2号线既有线路保持一致。北湖站、大学城站还设置了自行车停放区，方便市民“最后一公里”接驳。",
                "为做好开通准备，云川地铁集团近一个月来组织开展了空载试运行、故障演练和应急处置演练，对北延段沿线6座车站的站务人员进行了岗前培训。开通初期，各车站还将安排志愿者在站厅和出入口为乘客提供引导服务。",
                "云川地铁集团提醒，开通首日客流可能较大，请乘客合理安排出行时间，并可提前通过“云川地铁”App查询票价和换乘信息。",
            ],
        },
        "jobs": {
            "headline": "春季招聘会提供岗位1.2万个",
            "deck": None,
            "byline": "本报讯（记者 沈佳宁）",
            "paragraphs": [
                "本报讯（记者 沈佳宁）3月7日，2025年云川市“春风行动”大型招聘会在市会展中心举行，全市312家用人单位现场提供就业岗位1.2万个，吸引8000余名求职者入场。",
                "本次招聘会设置了先进制造、现代服务、医疗健康等专区，并首次开设“直播带岗”专场，企业负责人通过网络直播介绍岗位需求和薪资待遇，线上观看人数超过5万人次。现场还设置了政策咨询、技能培训报名和创业指导服务台。",
                "市人力资源和社会保障局相关负责人表示，“春风行动”期间，全市还将举办各类招聘活动60余场，帮助返乡人员、高校毕业生等群体尽快实现就业。据统计，招聘会当天共有2100余名求职者与用人单位达成初步就业意向。",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# en-pdf-columns: The Millbrook Gazette, Page A1 (typst, hyphenated, justified)
# ---------------------------------------------------------------------------

EN_COLUMNS = {
    "paper": "The Millbrook Gazette",
    "motto": "Serving the Tessaway Valley since 1887",
    "date": "Tuesday, March 11, 2025",
    "page": "Page A1",
    "price": "$2.00",
    "volume": "Vol. 138, No. 70",
    "jump": "Continued on Page A6",
    "caption": "Traffic crosses the Riverside Avenue Bridge on Monday afternoon. The 1958 span carries about 21,000 vehicles a day.",
    "credit": "Photo by Sam Okoye / Gazette staff",
    "articles": {
        "bridge": {
            "headline": "Council Backs $48 Million Rebuild of Riverside Bridge",
            "deck": "Construction would close the span for 14 months starting next spring",
            "byline": "By Maria Alvarez",
            "paragraphs": [
                "The Millbrook City Council voted 6-1 on Monday night to move ahead with a $48 million reconstruction of the Riverside Avenue Bridge, ending nearly a decade of debate over whether to repair the aging span or replace it outright.",
                "The 1958 steel truss bridge, which carries about 21,000 vehicles a day across the Tessaway River, was rated structurally deficient by state inspectors in 2019. Engineers have since lowered its weight limit twice, forcing school buses and fire engines to take a detour of nearly three miles.",
                "“We have patched this bridge for as long as patching made sense,” said Council President Denise Harlow, who represented the neighborhoods on both ends of the span for 12 years before winning her current seat. “Tonight we stopped patching.”",
                "Under the plan approved Monday, the city will tear down the existing structure and build a wider concrete bridge with two travel lanes in each direction, a protected bike lane and a 10-foot sidewalk on the downstream side. Federal grants are expected to cover roughly 60 percent of the cost, with the remainder split between the state and a city bond issue that voters approved in November.",
                "The lone dissenting vote came from Councilman Peter Okafor, who argued that the city had not done enough to prepare the businesses along Riverside Avenue for the long closure. Several shop owners made the same point during a public comment period that stretched past 10 p.m.",
                "“My customers come from the other side of the river,” said Linda Marsh, who has run a hardware store two blocks from the bridge since 1994. “If they can’t get here for a year, I’m not sure I will still be here when it opens.”",
                "City Manager Alan Brooks said the city would set aside $1.5 million for a small-business relief fund and would run a free shuttle across the Main Street Bridge, about a mile upstream, for the length of the closure. He said the city would also ask the contractor to keep at least one pedestrian crossing open during most of the construction.",
                "Demolition is scheduled to begin in April 2026 if the state transportation department signs off on the final design this fall. Brooks said that timeline leaves little room for delay, because the federal grant money must be committed by the end of the next fiscal year, and the",
            ],
        },
        "insulin": {
            "headline": "Senate Panel Advances Cap on Insulin Costs",
            "deck": None,
            "byline": None,
            "paragraphs": [
                "SPRINGFIELD (AP) — A state Senate committee on Monday advanced a bill that would cap what insured patients pay for insulin at $35 a month, sending the measure to the full Senate for a vote as early as next week.",
                "The proposal, which passed the Health and Human Services Committee on a 9-2 vote, would apply to state-regulated health plans and to the insurance program for state employees. Supporters said it would help about 180,000 residents who rely on insulin to manage diabetes.",
                "“No one in this state should have to choose between filling a prescription and filling a grocery cart,” said Sen. Rachel Whitfield, a Democrat from Carver City who sponsored the bill.",
                "Insurance industry representatives told the committee that the cap would shift costs to other policyholders and could lead to higher premiums. Two Republican members who voted against the bill said they wanted to see an independent estimate of its cost before the full Senate takes it up.",
                "Similar caps have been adopted in more than 20 states. A version of the bill passed the House last year but stalled in the Senate after lawmakers ran out of time at the end of the session.",
                "Senate President Thomas Beck said Monday that he expected the bill to reach the floor before the chamber breaks for its spring recess on April 4. Gov. Ellen Hardy has said she would sign a cap if one reached her desk.",
            ],
        },
        "schools": {
            "headline": "Schools Weigh Later Start Times After Parent Survey",
            "deck": None,
            "byline": "By Jordan Pike",
            "paragraphs": [
                "Millbrook’s high schools could start classes 45 minutes later beginning in the fall of 2026 under a proposal the school board will take up at its meeting next Monday.",
                "The change would move the first bell at Millbrook High and Eastfield High from 7:20 a.m. to 8:05 a.m. Middle schools would keep their current schedule, while most elementary schools would start about 20 minutes earlier so that the district could keep running its buses in three rounds each morning.",
                "Superintendent Carla Nguyen said the proposal grew out of a survey last fall in which 68 percent of high school parents and 74 percent of students said they favored a later start. Research has consistently linked early start times to sleep deprivation among teenagers, she noted.",
                "“Teenagers are not lazy. Their bodies simply run on a different clock,” Nguyen said. “We can fight that biology, or we can build a schedule that works with it.”",
                "Not everyone is convinced. Coaches at both high schools have warned that a later dismissal would push practices and games deeper into the evening, and some parents of younger children said an earlier elementary start would be hard to manage for families with two working parents.",
                "The district estimates that the change would add about $210,000 a year to its transportation budget, largely because of overtime for drivers on the longest routes. Board members are expected to vote on the plan in April after a second round of public hearings.",
            ],
        },
        "frost": {
            "headline": "Late Frost Puts Orchard Blossoms at Risk",
            "deck": None,
            "byline": "By Tom Reilly",
            "paragraphs": [
                "Fruit growers in the Tessaway Valley spent Monday night lighting heaters and running wind machines as temperatures fell into the mid-20s, threatening peach and apricot blossoms that opened early after an unusually warm February.",
                "“Two weeks ago it felt like April,” said Ruth Castellano, whose family has farmed 140 acres of stone fruit north of town for four generations. “Now we’re out here at 3 in the morning trying to keep the buds alive.”",
                "Agricultural extension agent Mark Delaney said open blossoms can be damaged when temperatures stay below 28 degrees for more than half an hour. Growers will not know the full extent of the losses until later this week, when they can cut open the buds and check for browning.",
                "Castellano said her family lost most of its apricot crop to a similar cold snap in 2017, a year she still calls the worst in the orchard’s history. “You learn to live with the weather,” she said. “But you never stop watching the thermometer. Not for one night, not until May.”",
                "The National Weather Service has issued a freeze warning for tonight as well. Forecasters expect warmer weather to return by Thursday.",
            ],
        },
        "fire": {
            "headline": "Fire Guts Vacant Warehouse Near Canal Street",
            "deck": None,
            "byline": "By Alicia Grant",
            "paragraphs": [
                "A two-alarm fire destroyed a vacant brick warehouse near Canal Street early Monday, sending a column of black smoke over downtown Millbrook that could be seen from miles away.",
                "No one was injured. Fire Chief Raymond Soto said crews were called to the former Tessaway Paper Co. building shortly after 4 a.m. and found flames coming through the roof. About 40 firefighters from Millbrook and two neighboring towns spent more than five hours bringing the blaze under control.",
                "The three-story building, which dates to the 1890s, had been empty since the paper company closed in 2011. A developer bought it last year with plans to convert it into apartments and ground-floor shops.",
                "Soto said investigators had not determined the cause of the fire but that it did not appear to be suspicious. Canal Street between Front and Mill streets will remain closed at least through Wednesday while engineers decide whether the remaining walls must come down.",
            ],
        },
        "library": {
            "headline": "Library to Stay Open Later on Weekends",
            "deck": None,
            "byline": "By Priya Desai",
            "paragraphs": [
                "The Millbrook Public Library will extend its Saturday and Sunday hours starting April 5, keeping the main branch on Elm Street open until 8 p.m. on both days.",
                "Library Director Helen Cho said weekend visits had risen by nearly a third since the building reopened after renovations in 2023, and that the study rooms on the second floor were often booked solid by noon. Families with young children have asked for more weekend programs as well, she said. Weekend circulation has grown as well, Cho said, with children’s books and travel guides leading the way.",
                "The longer hours will cost about $64,000 a year, mostly for staff, and will be covered by a grant from the Friends of the Millbrook Library. The branch libraries in Eastfield and North Millbrook will keep their current schedules for now, Cho said, though the board may revisit them next year. The library will also add two Sunday-afternoon story times for children, beginning the first weekend of the new schedule.",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# zh-pdf-stsong: 青禾晚报 第5版 (reportlab, non-embedded STSong-Light)
# ---------------------------------------------------------------------------

ZH_STSONG = {
    "paper": "青禾晚报",
    "date": "2025年3月8日 星期六",
    "section": "民生新闻",
    "footer": "责任编辑：孙可欣　版式：何一鸣　校对：刘畅",
    "page_number": "5",
    "articles": {
        "bridge": {
            "headline": "青禾湾跨江大桥主体结构完工",
            "deck": None,
            "byline": "本报讯（记者 高远航 通讯员 沈洁）",
            "paragraphs": [
                "本报讯（记者 高远航 通讯员 沈洁）3月7日上午10时18分，随着最后一节钢箱梁精准吊装到位，青禾湾跨江大桥主体结构全面完工，大桥建设进入桥面铺装和附属设施施工阶段，预计今年9月底建成通车。",
                "青禾湾跨江大桥全长3.86公里，主桥为双塔双索面斜拉桥，主跨长度达到680米，按双向六车道城市快速路标准建设，设计速度每小时80公里。大桥两侧还设置了宽3.5米的非机动车道和人行道，市民今后可以骑行、步行过江。",
                "“这座桥的钢箱梁最重的一节超过420吨，吊装误差必须控制在2毫米以内。”项目总工程师杜文斌告诉记者，为确保施工安全，项目部引入了智能监控系统，对索力、线形和桥塔应力进行24小时实时监测，累计采集数据超过1.2亿条。",
                "大桥建成后，青禾湾两岸的通行时间将由目前绕行老桥的40分钟缩短至8分钟左右，将有效缓解老城区过江交通压力，进一步拉近江北新区与主城区的时空距离。",
                "记者在施工现场看到，桥面上数十名工人正在进行钢箱梁焊缝检测，江面上的运输船只往来穿梭。项目部负责人表示，下一步将抢抓春季有利施工时机，科学安排工序，确保大桥按期建成。",
                "据悉，大桥配套的江北接线道路工程也已完成总工程量的85%，将与主桥同步建成投用。",
            ],
        },
        "breakfast": {
            "headline": "城区新增3处便民早餐点",
            "deck": None,
            "byline": "本报讯（记者 罗佳琪）",
            "paragraphs": [
                "本报讯（记者 罗佳琪）“以前上班路上只能随便买个面包，现在有热乎的豆浆油条了。”3月6日一早，在青禾区人民路新开的便民早餐点前，市民李女士一边排队一边说。",
                "记者从市商务局了解到，本月以来，城区新增人民路、北门桥、菜园坝3处便民早餐点，每天早上6点半至9点半营业，供应包子、馒头、豆浆、稀饭、面条等20多个品种，每份早餐价格大多在5元以内。",
                "市商务局相关负责人介绍，今年将按照“统一标识、统一设施、统一管理”的要求，在居民区、学校和医院周边再布局20个便民早餐点，力争实现主城区步行10分钟可达。",
            ],
        },
        "centenarian": {
            "headline": "百岁老人的“慢生活”",
            "deck": None,
            "byline": "本报记者 唐小雨 实习生 许诺",
            "paragraphs": [
                "在青禾区东关街道梧桐社区，提起102岁的周桂英老人，邻居们都会竖起大拇指：耳不聋、眼不花，每天还要下楼走上两圈。",
                "老人的家是一套老式两居室，屋里收拾得干干净净，阳台上种着月季和茉莉。“我这辈子没什么秘诀，就是心放宽、饭吃好、觉睡足。”说起长寿经，老人笑着摆摆手。",
                "老人的小儿子今年也已70岁，他告诉记者，母亲一直保持着早睡早起的习惯，每天晚上8点半睡觉，早上6点起床，一日三餐定时定量，爱吃青菜豆腐，很少吃油炸食品。前些年，老人还坚持每天读报，如今眼睛不如从前，就让孙辈读给她听。",
                "梧桐社区党委书记陈静介绍，社区目前有80岁以上老人326名，其中百岁老人3名。社区为高龄老人建立了健康档案，家庭医生每月上门随访一次，志愿者还定期上门陪老人聊天、帮忙打扫卫生。",
            ],
        },
        "flu": {
            "headline": "春季流感进入低发期",
            "deck": None,
            "byline": "本报讯（记者 吴梦）",
            "paragraphs": [
                "本报讯（记者 吴梦）记者3月7日从市疾病预防控制中心获悉，近期全市流感样病例占比持续下降，春季流感已进入低发期，但诺如病毒、水痘等春季常见传染病仍处于高发季节。",
                "市疾控中心专家提醒，春季气温变化较大，市民要注意适时增减衣物，勤洗手、常通风，外出就餐注意饮食卫生。学校、托幼机构要落实晨午检制度，发现学生出现发热、呕吐等症状要及时报告。专家建议，60岁以上老年人、慢性病患者等重点人群可前往就近的社区卫生服务中心咨询疫苗接种事宜。",
            ],
        },
        "elevators": {
            "headline": "今年再更新改造老旧电梯150台",
            "deck": None,
            "byline": "本报讯（记者 钱立群）",
            "paragraphs": [
                "本报讯（记者 钱立群）记者日前从市市场监督管理局获悉，今年我市将对使用年限超过15年、故障率较高的150台老旧住宅电梯实施更新改造，目前首批42台电梯已进场施工。",
                "据介绍，更新改造资金由政府补助、住宅专项维修资金和业主自筹共同承担，其中政府对每台电梯给予最高15万元补助。施工期间，施工单位将为行动不便的老人提供爬楼机等临时帮扶服务。",
                "市市场监督管理局提醒，电梯改造涉及全体业主利益，业主可通过所在小区业主委员会或物业服务企业了解具体改造方案。",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# en-pdf-ocr: The Northfield Evening Post, 1926 (reportlab: page image plus an
# invisible OCR-style text layer)
# ---------------------------------------------------------------------------

EN_OCR = {
    "paper": "THE NORTHFIELD EVENING POST",
    "left_ear": "FINAL EDITION",
    "right_ear": "PRICE TWO CENTS",
    "volume": "VOL. XLI—NO. 212",
    "date": "NORTHFIELD, MONDAY, OCTOBER 4, 1926",
    "pages": "SIXTEEN PAGES",
    "articles": {
        "school": {
            "headline": "CITY VOTES BONDS FOR NEW HIGH SCHOOL",
            "deck": "COUNCIL APPROVES $850,000 ISSUE AFTER LONG DEBATE",
            "byline": None,
            "paragraphs": [
                "Northfield will have its new high school. After a session that lasted until nearly midnight Saturday, the city council voted seven to two to issue bonds in the amount of $850,000 for the erection of a modern school building on the Hollis farm property at the north end of Maple avenue.",
                "The vote came at the close of a debate in which nearly every member of the council took part and which drew the largest crowd seen in the council chamber since the paving controversy of 1922. Long before the meeting was called to order every seat was taken, and men and women stood two deep along the walls and in the corridor outside.",
                "Alderman George F. Whitcomb, chairman of the committee on schools, opened the discussion by reading the report of the state inspector, who found the present building on Church street overcrowded by more than four hundred pupils and unsafe in case of fire. “We have put off this question for six years,” said Mr. Whitcomb. “We cannot put it off a seventh.”",
                "Aldermen Peck and Donnelly, who cast the opposing votes, did not question the need of a new school but held that the cost should be spread over a longer term of years. Alderman Peck declared that the present tax rate was already a burden upon the small property owner and proposed that the matter be referred to the voters at the spring election.",
                "Mayor Harlan B. Stoddard, who presided, said after the meeting that he would sign the ordinance today. Plans for the building have been prepared by the firm of Lyman & Burke of Hartwell, and it is expected that ground will be broken early in the spring. The new school will accommodate twelve hundred pupils and will contain an auditorium, a gymnasium and a laboratory for the teaching of the sciences.",
            ],
        },
        "steamer": {
            "headline": "RIVER STEAMER AGROUND NEAR LOCK NO. 3",
            "deck": "PASSENGERS TAKEN OFF IN SMALL BOATS; NONE HURT",
            "byline": None,
            "paragraphs": [
                "The river steamer Clara Benton, bound from Northfield to Port Ellis with sixty-two passengers and a cargo of flour and apples, went aground on a sand bar a half mile below Lock No. 3 early this morning in a heavy fog.",
                "Captain Amos Rudd said that the current had shifted the channel since his last trip down the river a week ago and that the pilot could not see the channel markers. The steamer struck at about five o’clock and swung broadside to the current, but did not take water.",
                "The passengers, many of whom were asleep in their cabins when the vessel struck, were taken off in the ship’s boats and in skiffs sent out from the lock house, and were brought to Northfield by the morning train. Not one of them was injured.",
                "The towboat Hercules left here at noon to attempt to pull the steamer free. Officers of the line said the Clara Benton would be back in service within a few days if the weather remains fair.",
            ],
        },
        "trolley": {
            "headline": "ELECTRIC CARS FOR HILL DISTRICT",
            "deck": "TRACTION COMPANY TO EXTEND ELM STREET LINE",
            "byline": None,
            "paragraphs": [
                "The Northfield Traction Company will extend its Elm street line up Prospect hill as far as the reservoir before the first of the year, President Walter S. Fenn announced this afternoon.",
                "The extension, which will be a little more than a mile in length, has been sought for several years by residents of the hill district, who now must walk from the end of the line at Elm and Ninth streets. A petition signed by more than nine hundred householders was presented to the company last spring.",
                "Mr. Fenn said that rails and poles had been ordered and that work would begin as soon as the city engineer approves the grade at the curve near Highland avenue. Cars will run every twenty minutes during the day and every half hour in the evening. The fare will be the same as on other lines of the company. Residents of the district will hold a meeting at the Prospect school house tonight to express their thanks to the company.",
            ],
        },
        "club": {
            "headline": "MRS. ALDEN HEADS WOMAN’S CLUB",
            "deck": None,
            "byline": None,
            "paragraphs": [
                "Mrs. Charles W. Alden was elected president of the Northfield Woman’s Club at the annual meeting held this afternoon in the parlors of the First Congregational Church. She succeeds Mrs. Edward Lowell, who has served for three years. More than two hundred members were present.",
                "Other officers chosen were Mrs. Frank P. Merrill, vice president; Miss Edith Carver, secretary, and Mrs. John H. Tobin, treasurer. The club voted to give one hundred dollars toward the furnishing of the children’s ward at the City Hospital and to hold its annual fair in the armory on the second Saturday of November.",
                "The treasurer reported a balance of $412.60 in the club’s funds, the largest in its history, and the members voted to send two delegates to the meeting of the state federation at Hartwell later in the month. Mrs. Alden will name the standing committees at the November meeting.",
                "Following the business meeting, Miss Carver read a paper on the early history of the town, and tea was served by the hospitality committee.",
            ],
        },
        "autos": {
            "headline": "TWO AUTOMOBILES STOLEN IN ONE NIGHT",
            "deck": "POLICE BELIEVE SAME GANG IS AT WORK",
            "byline": None,
            "paragraphs": [
                "Two automobiles were stolen from in front of private residences in the west end of the city during Saturday night, and the police believe that the same band of thieves that has operated in Hartwell and Port Ellis during the past month is now at work in Northfield.",
                "A touring car belonging to Dr. Henry M. Sayles was taken from in front of his home at 41 Linden street some time after eleven o’clock, and a sedan owned by Fred J. Connors, a grocer, disappeared from Walnut street before daylight. Neither car had been recovered this afternoon.",
                "Chief of Police Daniel Keefe has asked owners of cars to lock them when leaving them on the street at night, and has assigned two extra patrolmen to the west end until the thieves are caught. Police in Hartwell recovered two cars stolen there last month, abandoned on country roads with their tires removed. No arrests have been made in either city.",
            ],
        },
        "frost": {
            "headline": "FROST EXPECTED TONIGHT",
            "deck": "FARMERS WARNED TO PROTECT LATE CROPS",
            "byline": None,
            "paragraphs": [
                "The first killing frost of the season is expected in the valley tonight, according to a bulletin received this afternoon from the weather bureau at Hartwell. Temperatures as low as twenty-eight degrees are forecast for the low-lying farms along the river.",
                "County Agent Roy Pelham urged farmers who have not yet harvested their late cabbages and potatoes to cover them or to bring them in before dark. Growers of cranberries on the Beaver Brook meadows were preparing this afternoon to flood their bogs.",
                "The weather bureau reports that the cold wave extends from the Great Lakes to the coast and that snow fell this morning in the northern part of the state. Coal dealers report a brisk demand. In the city the park department covered the flower beds on the common with straw this afternoon, and the superintendent of the municipal greenhouses said the chrysanthemums intended for the autumn show had been moved indoors. Fair and warmer weather is promised for Wednesday.",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# zh-pdf-mixed: 云川日报 第6版 城市新闻 (typst, six narrow columns)
# ---------------------------------------------------------------------------

ZH_MIXED = {
    "paper": "云川日报",
    "date": "2025年3月8日 星期六",
    "page": "第6版",
    "section": "城市新闻",
    "brief_label": "简讯",
    "footer": "责任编辑：顾晨　　美术编辑：邵婷",
    "caption": "初春时节，白鹭在南河国家湿地公园的浅滩上觅食。",
    "credit": "本报记者 范晓东 摄",
    "articles": {
        "renewal": {
            "headline": "今年再启动86个老旧小区改造",
            "deck": "推进城市更新 提升人居品质",
            "byline": "本报讯（记者 丁一帆）",
            "paragraphs": [
                "本报讯（记者 丁一帆）记者3月7日从云川市住房和城乡建设局获悉，今年全市计划启动改造2000年以前建成的老旧小区86个，涉及居民2.3万户、楼栋612栋，总投资约9.8亿元。目前已有31个小区完成施工招标，将于本月下旬陆续进场施工。",
                "与往年相比，今年的改造更加注重“里子”工程。市住房和城乡建设局城市更新处负责人介绍，改造将优先解决供水、排水、供电、燃气等管线老化问题，同步实施屋面防水、外墙保温和楼道照明改造，有条件的小区还将加装电梯、增设充电桩和无障碍设施。",
                "“改不改、改什么、怎么改，都要先听居民的。”这位负责人说，各街道将通过入户走访、召开议事会等方式征求居民意见，每个小区的改造方案须经三分之二以上居民同意后方可实施。施工期间，小区将设立公示牌，公开改造内容、工期和投诉电话，接受居民监督。",
                "为破解改造后“没人管”的难题，今年的改造项目将同步引入专业化物业服务或推行居民自治管理，建立长效管护机制。对于规模较小、难以单独引入物业的“散居楼”，将探索打包片区化管理模式。同时，各区将把改造后小区的物业服务质量纳入社区考核内容。",
                "据统计，“十四五”以来，全市已累计完成老旧小区改造412个，惠及居民10.6万户。",
            ],
        },
        "hub": {
            "headline": "城南综合客运枢纽下月投用",
            "deck": "高铁、长途客运、公交、地铁实现“零距离”换乘",
            "byline": "本报讯（记者 韦嘉 通讯员 潘小龙）",
            "paragraphs": [
                "本报讯（记者 韦嘉 通讯员 潘小龙）历时三年建设，城南综合客运枢纽主体工程已全部完工，目前正在进行设备联调和消防验收，预计4月中旬正式投入使用。届时，城南片区将新增一个集多种交通方式于一体的城市门户。",
                "城南综合客运枢纽总建筑面积约18万平方米，地上三层、地下两层，集高铁站房、长途汽车客运站、公交首末站、地铁换乘站和社会停车场于一体。枢纽采用“上进下出”的立体交通组织方式，旅客出站后可通过地下换乘大厅直达地铁4号线和公交站台，换乘距离不超过200米。",
                "枢纽投用后，城南长途汽车站和火车站广场公交首末站将整体迁入，日均可服务旅客约8万人次。届时，市区现有的长途客运班线将进行优化调整，部分线路将延伸至周边县区的主要乡镇。",
                "记者在现场看到，枢纽南广场的景观绿化和道路接线工程已基本完工，工人们正在进行地面标线施划和导向标识安装。",
                "据介绍，枢纽在设计中充分考虑了老年人、残障人士等特殊群体的出行需求，设置了无障碍电梯、母婴室和爱心服务台，并在换乘大厅配备了自助售取票机、智能问询终端和行李寄存柜。",
                "市交通运输局提醒，枢纽投用初期，相关公交线路将同步调整走向和站点，市民出行前可通过“云川公交”小程序查询最新信息。",
            ],
        },
        "wetland": {
            "headline": "南河湿地候鸟翩跹春意浓",
            "deck": "今年已监测到越冬水鸟42种",
            "byline": "本报讯（记者 范晓东）",
            "paragraphs": [
                "本报讯（记者 范晓东）初春时节，走进位于云川市西郊的南河国家湿地公园，只见水面波光粼粼，成群的白鹭、苍鹭在浅滩上觅食，不时有野鸭扑棱着翅膀掠过水面，构成一幅生机盎然的春日画卷。",
                "“今年冬天到这里越冬的候鸟特别多，最多的一天我们数到了3000多只。”南河湿地公园管理处工程师罗建平告诉记者，去年11月以来，管理处共监测到越冬水鸟42种，其中包括国家一级重点保护野生动物青头潜鸭和国家二级重点保护野生动物小天鹅、鸳鸯等。",
                "候鸟数量的增加，得益于湿地生态环境的持续改善。近年来，南河湿地公园先后实施了退塘还湿、水系连通、植被恢复等工程，恢复湿地面积1200余亩，湿地水质稳定保持在地表水三类以上。管理处还在湿地核心区设置了12处鸟类食源地，种植了芦苇、菖蒲、荇菜等水生植物。",
                "每逢周末，不少摄影爱好者和观鸟爱好者扛着“长枪短炮”来到湿地，记录候鸟的身影。来自市区的观鸟爱好者陈先生说，他已经连续5个冬天来这里拍鸟，“鸟一年比一年多，湿地也一年比一年美。”",
                "随着气温回升，越冬候鸟将陆续北迁。管理处提醒，市民观鸟时要保持安静、远距离观察，不要投喂、惊扰鸟类，更不能捕捉和伤害野生鸟类。",
            ],
        },
        "hotline": {
            "headline": "12345热线2月受理诉求9.6万件",
            "deck": None,
            "byline": "本报讯（记者 宋雨桐）",
            "paragraphs": [
                "本报讯（记者 宋雨桐）记者3月7日从市政务服务管理局获悉，2月份，云川12345政务服务便民热线共受理群众诉求9.6万件，按时办结率达98.6%，群众满意率为96.2%，均较去年同期有所提升。",
                "从诉求内容看，供暖、物业管理、交通出行和劳动保障是市民反映较为集中的问题，占诉求总量的四成以上。针对春节前后集中反映的农民工工资拖欠问题，热线开通了“绿色通道”，由人社部门专人跟进，帮助1300余名农民工追回工资2100余万元。",
                "市政务服务管理局相关负责人表示，下一步将推动热线与各部门业务系统深度对接，进一步压缩诉求流转时间，让群众的“急难愁盼”件件有回音、事事有着落。",
            ],
        },
        "bus": {
            "headline": "云川至临州城际公交开通",
            "deck": None,
            "byline": "本报讯（记者 章悦）",
            "paragraphs": [
                "本报讯（记者 章悦）3月6日，云川至临州城际公交正式开通运营。线路全长46公里，沿途设站12个，单程运行时间约70分钟，全程票价8元，乘客可使用交通卡和手机扫码乘车，享受与市内公交相同的换乘优惠。开通当天，不少沿线村民专程赶来体验。",
                "首班车发车时间为早上6时30分，末班车为晚上8时，高峰时段发车间隔不超过15分钟。线路由云川公交集团和临州公交公司联合运营。",
            ],
        },
        "safety": {
            "headline": "中小学开展春季安全教育周活动",
            "deck": None,
            "byline": "本报讯（通讯员 黄敏 记者 陶然）",
            "paragraphs": [
                "本报讯（通讯员 黄敏 记者 陶然）新学期伊始，全市中小学校以“平安校园 从我做起”为主题，开展为期一周的春季安全教育活动。各校通过主题班会、应急疏散演练、安全知识竞赛等形式，向学生普及防溺水、交通安全、消防安全和食品安全等知识。",
                "市教育局要求各校在开学后一个月内完成校舍安全隐患排查，发现问题立即整改。",
            ],
        },
        "women": {
            "headline": "节前慰问一线女职工",
            "deck": None,
            "byline": "本报讯（记者 黎静）",
            "paragraphs": [
                "本报讯（记者 黎静）“三八”国际妇女节前夕，市总工会、市妇联组成慰问组，先后走访了市第一人民医院、城东新区建设工地和环卫作业点，为坚守一线的女职工送去节日慰问品和慰问金。慰问组还与女职工代表座谈，详细了解她们在工作和生活中遇到的困难。",
                "据了解，今年全市各级工会共安排慰问资金160万元，慰问一线女职工和困难女职工5800余人。",
            ],
        },
        "archives": {
            "headline": "市档案馆推出周末开放日",
            "deck": None,
            "byline": "本报讯（记者 葛宇）",
            "paragraphs": [
                "本报讯（记者 葛宇）从3月15日起，云川市档案馆将在每月第二、第四个周六举办开放日活动，市民可通过预约参观馆藏珍贵档案展，了解云川城市发展的历史变迁。开放日期间，档案馆工作人员将现场讲解，并设置档案修复技艺展示和老照片互动体验区。",
                "每场开放日限额60人，市民可通过“云川档案”微信公众号预约，每人每次最多预约3个名额。",
            ],
        },
        "cherry": {
            "headline": "南湖公园樱花进入初花期",
            "deck": None,
            "byline": "本报讯（记者 许帆）",
            "paragraphs": [
                "本报讯（记者 许帆）连日来，随着气温回升，南湖公园内的早樱陆续绽放，进入初花期。公园管理处预计，今年樱花最佳观赏期将在3月中下旬，届时园内20多个品种、1800余株樱花将次第开放。",
                "管理处提醒，赏花期间游客量较大，请市民尽量绿色出行，文明赏花，不要攀折花枝。",
            ],
        },
    },
}
