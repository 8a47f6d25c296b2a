"""Article text of the pages made by make_more_pages.py.

Every word here was written for this test suite (invented places, people,
figures and events); nothing is copied from a real newspaper or from
pagedata.py. An article is a dict as in pagedata.py:
  headline    str
  deck        str or None   (for the pages here built from the parts below)
  byline      str or None   (a Chinese dateline is also the first paragraph's
                             prefix; an English byline is printed on its own)
  paragraphs  [str]
plus, where a page needs them:
  kicker, sub str           (zh: 引题 above and 副题 below the headline; the
                             deck is both, joined by one space)
  decks       [str]         (en-pdf-scan: the decks under the headline; the
                             deck is all of them, joined by one space)
"""

# ---------------------------------------------------------------------------
# zh-pdf-broadsheet: 澜州日报 02 综合新闻 (typst, A4-ish, 5 columns)
# ---------------------------------------------------------------------------

ZH_BROADSHEET = {
    "paper": "澜州日报",
    "date": "2025年4月15日 星期二",
    "page": "02",
    "section": "综合新闻",
    "footer": "责任编辑：杜若衡　　版式：钟可　　校对：蒋文静",
    "caption": "4月13日，市民在澜江北岸改造后的老码头公园散步、拍照。",
    "credit": "本报记者 梁思齐 摄",
    "box_label": "短讯",
    "articles": {
        "trade": {
            "kicker": "一季度全市外贸实现“开门稳”",
            "headline": "澜州外贸进出口同比增长9.6%",
            "sub": "跨境电商和新能源汽车出口成为主要拉动力量",
            "byline": "本报讯（记者 邵清源）",
            "paragraphs": [
                "本报讯（记者 邵清源）4月14日，记者从澜州海关获悉，今年一季度，全市货物贸易进出口总值达到386.4亿元，同比增长9.6%，增速高于全省平均水平3.1个百分点。其中，出口242.7亿元，增长12.3%；进口143.7亿元，增长5.2%。",
                "从贸易方式看，一般贸易仍是全市外贸的“主力军”，进出口265.8亿元，占全市外贸总值的68.8%。跨境电商增势明显，一季度通过跨境电商渠道出口的服装、家居用品和小家电合计41.2亿元，增长37.5%，江北综合保税区内新增跨境电商企业23家。",
                "新能源汽车及零部件出口继续领跑。一季度，全市出口电动乘用车1.18万辆，货值32.6亿元，增长54.1%；锂电池、车用电机等零部件出口增长28.9%。“今年以来，我们在中东和南美新签了4家经销商，订单已经排到了7月份。”青石区一家整车企业的海外业务负责人说。",
                "市场结构也在持续优化。一季度，全市对东盟进出口91.3亿元，增长15.7%，东盟继续保持全市第一大贸易伙伴地位；对共建“一带一路”国家进出口增长13.4%，占比提升至47.2%。",
                "澜州海关有关负责人表示，下一步将继续深化“提前申报”“两段准入”等便利化改革，为企业开通新能源汽车出口“绿色通道”，并联合商务部门开展政策宣讲，帮助中小外贸企业稳订单、拓市场。",
            ],
        },
        "docks": {
            "headline": "澜江十二座老码头变身滨水公园",
            "byline": "本报讯（记者 柯晓岚 通讯员 吴敏）",
            "paragraphs": [
                "本报讯（记者 柯晓岚 通讯员 吴敏）春日的澜江北岸，昔日堆满砂石的老码头如今草木葱茏，不少市民带着孩子在亲水平台上放风筝、看江景。记者昨日从市住房和城乡建设局了解到，澜江沿岸12座废弃老码头的改造工程已全部完工，新增滨水开放空间约18万平方米。",
                "这批码头大多建于上世纪六七十年代，随着港口功能向下游新港区转移，逐渐闲置多年。改造中，设计团队保留了系缆桩、吊机轨道和石砌驳岸等老物件，把原来的货运仓库改建为江岸书房、便民驿站和非遗展示空间。",
                "“以前这里灰尘大、货车多，晚上根本不敢走。现在家门口就有公园，每天吃完饭都要来转一圈。”家住江北区码头街的市民黄秀英说。",
                "据介绍，改造后的老码头公园与现有的江滩绿道全线贯通，形成长约9.6公里的滨江慢行系统。今年下半年，市里还将在沿线增设20处公共卫生间和母婴室，并试点夜间灯光秀，进一步提升滨江空间的人气。",
            ],
        },
        "storms": {
            "headline": "南方进入强对流天气多发期",
            "byline": "新华社北京4月14日电（记者 方启明）",
            "paragraphs": [
                "新华社北京4月14日电（记者 方启明）记者14日从气象部门获悉，随着冷暖空气交汇日趋频繁，我国南方地区已进入强对流天气多发期。预计15日至18日，江南、华南等地将先后出现雷暴大风、冰雹和短时强降水天气。",
                "气象专家介绍，春季强对流天气具有突发性强、生消快、局地性明显等特点。今年3月以来，南方已出现4次区域性强对流过程，次数较常年同期略偏多。",
                "专家提醒，公众应密切关注当地发布的预警信息，雷雨天气尽量减少户外活动，不要在大树和广告牌下避雨；农业生产要及时加固大棚设施，疏通田间沟渠，防范冰雹和大风对春播作物造成损害。",
                "交通运输部门也将加强对山区公路等重点路段的巡查，保障群众出行安全。",
            ],
        },
        "minibus": {
            "headline": "江北区新开8条社区微循环公交",
            "byline": "本报讯（记者 韩璐）",
            "paragraphs": [
                "本报讯（记者 韩璐）4月14日起，江北区新开通8条社区微循环公交线路，串联起辖区31个居民小区、12所中小学和5家医院，打通公交服务“最后一公里”。",
                "微循环公交采用新能源中巴车，早晚高峰发车间隔不超过10分钟，票价统一为1元，市民可使用交通卡或扫码乘车，60岁以上老人凭卡免费乘坐。",
                "江北区交通运输局相关负责人表示，线路走向参考了前期征集的2000余条市民建议，运行一个月后还将根据客流情况进行优化调整。",
            ],
        },
        "library": {
            "headline": "市图书馆周末延长开放至晚九点",
            "byline": "本报讯（记者 郑一苇）",
            "paragraphs": [
                "本报讯（记者 郑一苇）从本周六起，澜州市图书馆总馆在周末和法定节假日的闭馆时间由晚7点推迟至晚9点，自修区、少儿阅览区和报刊区同步延长开放。",
                "延长开放期间，读者可通过自助设备办理借还手续。",
            ],
        },
        "intercity": {
            "headline": "澜州至云岭城际列车加密班次",
            "byline": "本报讯（记者 卢子航）",
            "paragraphs": [
                "本报讯（记者 卢子航）4月20日起，澜州至云岭城际列车每日开行班次由28对增加至36对，早高峰最小发车间隔缩短至12分钟。",
                "铁路部门提醒，旅客可提前15天通过官方渠道购票。",
            ],
        },
        "clinic": {
            "headline": "青石区春季义诊走进42个社区",
            "byline": "本报讯（通讯员 潘蕾 记者 林澈）",
            "paragraphs": [
                "本报讯（通讯员 潘蕾 记者 林澈）4月14日，青石区春季义诊进社区活动启动，30支由医生和护士组成的服务队将在一个月内走遍全区42个社区，为居民提供血压血糖测量、慢病用药指导等服务。",
                "活动期间，服务队还将为行动不便的老年人提供上门随访。",
            ],
        },
        "seniors": {
            "headline": "“银发课堂”开进社区 三千余名老人学用智能手机",
            "byline": "本报讯（记者 温雅 实习生 贺一鸣）",
            "paragraphs": [
                "本报讯（记者 温雅 实习生 贺一鸣）“点这里就能挂号，再点这里选医生。”4月12日上午，在青石区杏林社区活动中心，大学生志愿者正手把手教老人用手机预约门诊。当天，全市“银发课堂”春季班在58个社区同时开课，3200余名老年人报名参加。",
                "“银发课堂”由市老龄办、团市委联合开展，课程内容包括手机挂号、网上缴费、视频通话、识别电信诈骗等12个专题，每期为期6周，每周两次课。为方便老人学习，主办方还编印了大字版操作手册，并在课后开通答疑热线。",
                "今年68岁的退休教师陈桂兰已经是第二次报名。“去年学会了网上交电费，今年想学学怎么在手机上查病历、开发票。”她说，课堂上年轻人讲得很耐心，有时一个步骤要教好几遍。",
                "市老龄办相关负责人介绍，自2022年开办以来，“银发课堂”已累计培训老年人1.6万人次。今年起，课程将向农村地区延伸，计划在20个行政村设立教学点。",
                "记者了解到，春季班结业后，主办方还将组织学员参加“智能生活体验日”活动，在银行、医院和超市等场景中现场练习。",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# en-pdf-modern: The Bellmont Ledger, front page (typst, 6 columns)
# ---------------------------------------------------------------------------

EN_MODERN = {
    "paper": "The Bellmont Ledger",
    "left_ear": "FINAL EDITION",
    "right_ear": "Today: Showers, high 58. Tonight: Clearing, low 41.",
    "volume": "Vol. 147, No. 106",
    "date": "Wednesday, April 16, 2025",
    "web": "bellmontledger.com",
    "price": "$2.00",
    "credit": "ARI KLEINMAN / LEDGER STAFF",
    "caption": "Residents hold up signs during the public comment period of the Harlan County Commission’s budget hearing Tuesday night. More than 90 people signed up to speak.",
    "pull_quote": "“We were not going to balance this budget on the backs of bus riders.”",
    "pull_credit": "— Commission Chair Dana Whitfield",
    "jump": "See BUDGET, Page A8",
    "credit2": "MARCO DELGADO / ASSOCIATED PRESS",
    "caption2": "A plume of smoke rises from a grass fire near Hollis Springs on Tuesday. Crews had contained about 20 percent of the blaze by evening.",
    "teasers": [
        ("SPORTS", "Eastgate rallies in the ninth to stun Bellmont High, 6-5. B1"),
        ("BUSINESS", "Loft project for the old mill district wins final approval. A6"),
        ("LIVING", "A retired teacher finishes the quilt she began in 1985. C1"),
    ],
    "briefs_label": "STATE BRIEFS",
    "articles": {
        "budget": {
            "headline": "County Passes $1.2 Billion Budget, Sparing Bus Routes",
            "deck": "Late-night 5-2 vote raises the property tax rate by 2 cents and freezes most hiring for six months",
            "byline": "By Margaret Oyelaran",
            "paragraphs": [
                "Harlan County commissioners approved a $1.2 billion budget shortly before midnight Tuesday, restoring evening bus service and weekend library hours that had been on the chopping block and averting the layoffs of nearly 140 county workers.",
                "The 5-2 vote capped a seven-hour meeting in which more than 90 residents signed up to speak, many of them holding hand-lettered signs that read “Keep Route 12 Rolling” and “Libraries Are Not a Luxury.” Some waited until after 11 p.m. for their turn at the microphone.",
                "To close a $38 million gap, the spending plan raises the property tax rate by 2 cents per $100 of assessed value, freezes hiring in most departments for six months and draws $11 million from the county’s reserve fund. For the owner of a median-priced home, assessed at about $286,000, the increase works out to roughly $57 a year.",
                "“We were not going to balance this budget on the backs of bus riders and kids who do their homework at the library,” said Commission Chair Dana Whitfield, who brokered the compromise over the weekend with two commissioners who had opposed an earlier draft.",
                "The two dissenting commissioners, Russell Haines and Carla Benedetti, said the county should have made deeper cuts before asking homeowners to pay more. Haines called the reserve withdrawal “a patch, not a plan” and warned that the county would face the same shortfall next spring.",
                "County Administrator Neil Fairbanks told commissioners that sales tax revenue has grown more slowly than forecast for three straight quarters, while the cost of health insurance for county employees rose 14 percent this year. He said the hiring freeze would not apply to sheriff’s deputies, 911 dispatchers or",
            ],
        },
        "hospital": {
            "headline": "Hospital Workers Reach Deal, Calling Off Strike",
            "byline": "By Theo Lindqvist",
            "paragraphs": [
                "Nurses and technicians at St. Adelaide Regional Medical Center reached a tentative agreement with hospital management early Tuesday, calling off a three-day strike that was set to begin Thursday morning.",
                "The three-year contract would raise wages by 16 percent over its term and set limits on how many patients a nurse can be assigned on medical and surgical floors, according to a summary released by the union, which represents about 1,100 workers.",
                "The agreement also creates a joint committee of nurses and managers to review staffing on each unit every quarter, and it gives workers with more than 10 years of service an extra week of paid leave.",
                "The deal came after a marathon session that began Monday morning and stretched past 2 a.m., with a state mediator shuttling between the two bargaining teams in separate conference rooms at a downtown hotel.",
                "“Staffing was the issue from day one, and it is the issue this agreement finally takes seriously,” said Renata Solis, an intensive care nurse who sat on the bargaining committee through 11 weeks of talks.",
                "Hospital spokesman Gary Tennant said the agreement “reflects our shared commitment to safe, high-quality care” and that the hospital would begin recruiting to fill about 80 open nursing positions. Union members are scheduled to vote on the contract next week.",
            ],
        },
        "smoke": {
            "headline": "Wildfire Smoke Prompts Health Warnings in Three States",
            "byline": None,
            "paragraphs": [
                "HOLLIS SPRINGS (AP) — Smoke from a fast-moving grass fire on the western plains drifted hundreds of miles east on Tuesday, prompting air quality warnings in three states and forcing some schools to keep students indoors during recess.",
                "The fire, which started Sunday afternoon near the town of Hollis Springs, had burned about 48,000 acres by Tuesday evening and was 20 percent contained, fire officials said. Gusty winds and humidity below 15 percent have made it difficult for crews to get ahead of the flames.",
                "Gov. Ellen Marsh declared a state of emergency in four counties on Monday night, clearing the way for National Guard helicopters to drop water on the fire’s northern edge, where it threatens a string of ranches and a rural electric cooperative’s main substation.",
                "At least 23 homes and a dozen outbuildings have been destroyed, said Marlene Voss, a spokeswoman for the regional emergency management office. No deaths have been reported, but two firefighters were treated for heat exhaustion.",
                "In Wexford, about 300 miles to the east, the sky took on an orange cast by midafternoon and the smell of smoke hung over downtown streets. State environmental officials rated the air “unhealthy” for the entire region through Wednesday.",
                "Health officials urged older adults, young children and people with asthma or heart disease to limit their time outdoors until the smoke clears. Forecasters said a cold front expected Thursday could bring rain and turn the winds to the north.",
            ],
        },
        "trail": {
            "headline": "Rail Trail Extension Wins $4.6 Million State Grant",
            "byline": "By Keisha Darnell",
            "paragraphs": [
                "The long-planned extension of the Millrace Rail Trail will move forward after the state awarded Bellmont a $4.6 million grant on Tuesday, city officials said.",
                "The money will pay for a 3.2-mile paved path along the abandoned Northern Line rail bed, linking the trail’s current end at Foundry Park with the Eastgate neighborhood and the community college campus.",
                "The path will include a new pedestrian crossing over Canal Street and two trailheads with parking, bike racks and drinking fountains.",
                "Parks Director Simone Achebe said design work would be finished by the end of the year, with construction starting in spring 2026. The city must put up a 20 percent local match, which the council set aside last year.",
                "Cyclists and runners have pushed for the extension since 2017. “This connects people who don’t own cars to jobs and classes,” said Tom Wrigley, who leads a local trail advocacy group.",
            ],
        },
        "lottery": {
            "headline": "$2 million ticket still unclaimed",
            "byline": None,
            "paragraphs": [
                "LAKE ORRIN — A winning lottery ticket sold at a gas station here in October has not been claimed, and time is running out.",
                "The ticket matched all five numbers in the Oct. 19 drawing and must be turned in by Thursday, state lottery officials said.",
            ],
        },
        "museum": {
            "headline": "Museum returns baskets to tribe",
            "byline": None,
            "paragraphs": [
                "GRANITE FORKS — The state history museum on Monday returned 31 woven baskets and two cradleboards to the Tewaska Nation, ending a request that began in 2009.",
                "Tribal elders received the items at a ceremony on the museum steps.",
            ],
        },
        "ramps": {
            "headline": "Route 9 ramps to close for paving",
            "byline": None,
            "paragraphs": [
                "BELLMONT — Two ramps at the Route 9 and Canal Street interchange will close overnight for four weeks starting Sunday while crews repave the roadway.",
                "Detours will be posted, the state transportation department said.",
            ],
        },
        "planetarium": {
            "headline": "Planetarium Reopens With New Dome and Star Projector",
            "byline": "By Hannah Whitcombe",
            "paragraphs": [
                "The Orrin Planetarium at Bellmont Community College will reopen Saturday after a two-year, $7.8 million renovation that replaced its leaking dome and its 1970s star projector.",
                "The new digital projector can show the night sky as it looked from any point on Earth at any time in the past 10,000 years, said director Paul Ndiaye, and the rebuilt dome has room for 140 seats, up from 96.",
                "School groups have already booked most weekday mornings through the end of the school year. Public shows will run Friday evenings and Saturday afternoons, with tickets priced at $8 for adults and $5 for children.",
                "The college paid for about two-thirds of the project with bond money approved by voters in 2021. The rest came from private donors, including a $1 million gift from the family of the late astronomer Ruth Calder, who taught at the college for 35 years.",
            ],
        },
        "diner": {
            "headline": "After 62 Years, Corner Diner Serves Its Last Plate of Pancakes",
            "byline": "By Luis Aranda",
            "paragraphs": [
                "The line outside the Blue Kettle Diner started forming at 5:30 a.m. Tuesday, a full half-hour before Gloria Pappas unlocked the door for the last time.",
                "Pappas, 74, has worked the griddle at the corner of Fifth and Linden since 1979, when she took over the diner her father opened in 1963. She said she decided over the winter that it was time to retire, and that none of her three children wanted to take on the 14-hour days.",
                "By midmorning every stool at the counter was taken, and customers were sharing booths with strangers. Some brought photographs of the diner from the 1960s; one man brought the menu from his first date with his wife, when a short stack cost 45 cents.",
                "“People say it’s about the food, but it was never really about the food,” said Walter Briggs, a retired mail carrier who has eaten breakfast at the same stool nearly every weekday for 30 years. “It’s the one place in town where everybody knows your name and nobody checks their phone.”",
                "Pappas said she has sold the building to a family that plans to open a bakery there this summer. She is keeping the original sign, a teapot outlined in blue neon, which she plans to hang in her garage.",
                "“I fed the whole neighborhood, and the whole neighborhood fed me,” Pappas said as she wiped down the counter after the last customer left at 2 p.m. “I don’t know how to say goodbye to that, so I’m just going to say thank you.”",
            ],
        },
    },
}

# ---------------------------------------------------------------------------
# en-pdf-scan: The Westbrook Morning Telegram, 1923 (reportlab, 7 columns)
# ---------------------------------------------------------------------------

EN_SCAN = {
    "paper": "THE WESTBROOK MORNING TELEGRAM",
    "left_ear": "HOME EDITION",
    "right_ear": "WEATHER: FAIR AND COOLER",
    "volume": "VOL. LXII—NO. 98",
    "date": "WESTBROOK, THURSDAY, APRIL 19, 1923",
    "price": "THREE CENTS",
    # a display advertisement that fills the foot of the last column
    "ad": [
        ("SAVE FOR A RAINY DAY", "bold", 9.0),
        ("WESTBROOK SAVINGS BANK", "bold", 13.0),
        ("Deposits made on or before May 1 draw interest from that date.", "regular", 8.0),
        ("43 MAIN STREET", "regular", 8.0),
    ],
    "articles": {
        "strike": {
            "headline": "TEXTILE STRIKE ENDS; MILLS TO REOPEN MONDAY",
            "decks": [
                "OPERATIVES ACCEPT TEN PER CENT INCREASE AFTER NINE WEEKS OF IDLENESS",
                "AGREEMENT SIGNED AT FOUR O’CLOCK THIS MORNING AFTER ALL-NIGHT CONFERENCE; STATE BOARD PRAISES BOTH SIDES",
            ],
            "paragraphs": [
                "The strike of the operatives of the Riverside and Pemberton cotton mills, which has kept nearly three thousand men and women idle since the middle of February, came to an end at four o’clock this morning, when representatives of the owners and of the strikers signed an agreement providing for an increase of ten per cent in wages and the reopening of the mills on Monday.",
                "The conference at which the agreement was reached began in the parlors of the Hotel Merrimac at eight o’clock last evening and continued without interruption through the night. Chairman Edward J. Thorne of the state board of arbitration presided, and for a time early in the morning it appeared that the negotiations must fail upon the question of the fifty-four hour week.",
                "The owners at length consented that the working week should be reduced to fifty-two hours, and that no operative should be discharged for having taken part in the strike. The representatives of the strikers on their part agreed to withdraw the demand that the union be recognized as the sole agent of the mill hands.",
                "When the news reached the strike headquarters on Canal street a crowd of several hundred persons gathered in front of the building and cheered for nearly a quarter of an hour. Patrick Doyle, chairman of the strike committee, addressed them from a second-story window and urged them to go quietly to their homes.",
                "“We have not won everything we asked,” said Mr. Doyle, “but we have won enough to show that the workers of this city can stand together. There will be no hard feelings on our side when the whistles blow on Monday.”",
                "Agent Charles W. Pell of the Riverside mills said this morning that the boilers would be fired on Saturday and that every department would be running at full capacity by the middle of next week.",
            ],
        },
        "elevator": {
            "headline": "FIRE SWEEPS GRAIN ELEVATOR ON RIVER FRONT",
            "decks": ["LOSS PLACED AT $60,000; NIGHT WATCHMAN ESCAPES IN SHIRT SLEEVES"],
            "paragraphs": [
                "Fire of unknown origin destroyed the grain elevator of the Hollis Milling Company at the foot of Water street last night, causing a loss which officers of the company estimate at sixty thousand dollars, partly covered by insurance.",
                "The blaze was discovered shortly before eleven o’clock by a patrolman on the Water street beat, who saw flames at a window of the upper story and sent in an alarm from the box at the corner of Front street. By the time the first apparatus arrived the whole upper part of the building was burning.",
                "John Kearney, the night watchman, was asleep in a small office on the ground floor and was awakened by the shouts of the firemen. He escaped through a side door, but lost his coat and his watch.",
                "For a time it was feared that the fire would spread to the coal sheds of the Eastern Fuel Company next door, but a shift of the wind toward the river saved them. Chief Dennis Malloy said this morning that the cause of the fire would be investigated by the state fire marshal.",
            ],
        },
        "roads": {
            "headline": "SENATE PASSES BILL FOR NEW STATE ROADS",
            "decks": ["MEASURE CARRIES $4,000,000 FOR IMPROVED HIGHWAYS", "WESTBROOK-HARTLAND ROUTE INCLUDED"],
            "paragraphs": [
                "STATE HOUSE, April 18.—The senate this afternoon passed, by a vote of twenty-six to seven, the bill of Senator Gilman providing for the construction of improved highways throughout the state at a cost of four million dollars, to be raised by an issue of bonds running for twenty years.",
                "The bill names eleven routes which are to be built first, among them the road from Westbrook to Hartland by way of Cole’s Corner, which has long been the subject of complaint by farmers and motorists alike. The work is to be under the direction of the state highway commission.",
                "An amendment offered by Senator Burrage, which would have required the towns through which the roads pass to bear one-fourth of the cost, was defeated after a short debate. The bill now goes to the house, where its friends predict that it will pass without serious opposition.",
            ],
        },
        "baseball": {
            "headline": "HIGH SCHOOL NINE WINS OPENING GAME",
            "decks": ["DEFEATS NORTH FALLS, 7 TO 4, BEFORE LARGE CROWD AT DRIVING PARK"],
            "paragraphs": [
                "The Westbrook High school baseball team opened its season yesterday afternoon at the Driving park by defeating North Falls, seven to four, before a crowd of nearly a thousand persons, the largest which has ever attended a school game in this city.",
                "Kennedy, the local pitcher, held the visitors to five hits and struck out nine men. North Falls scored three runs in the second inning on two errors and a long hit to left field by Fournier, but after that inning Kennedy was never in danger.",
                "The home team won the game in the sixth, when Captain Lacroix drove in two runs with a double and came home himself on a wild throw. The team will meet Hartland Academy on Saturday afternoon at Hartland.",
            ],
        },
        "airplane": {
            "headline": "ARMY AIRPLANE LANDS IN PASTURE AT EAST END",
            "decks": ["FLIER LOST IN FOG COMES DOWN SAFELY ON TUCKER FARM", "HUNDREDS VISIT MACHINE"],
            "paragraphs": [
                "An army airplane on its way from Fort Sewall to the flying field at Camp Delafield came down in the pasture of the Tucker farm on the East End road yesterday morning, after the pilot had lost his way in the fog which hung over the valley until nearly noon.",
                "Lieutenant Harold B. Kimball, the pilot, said that he had been flying for more than an hour without sight of the ground and that his gasoline was running low when he saw the open field through a break in the clouds. The machine was not damaged in the landing.",
                "Word that an airplane had come down spread quickly, and by afternoon several hundred persons had walked or driven out to see it. Mrs. Tucker served coffee and doughnuts to the flier and to the members of the crowd who had come the farthest.",
                "Lieutenant Kimball took the air again at four o’clock, after a supply of gasoline had been brought from the city, and circled twice over the business district before heading north.",
            ],
        },
        "club": {
            "headline": "WOMAN’S CLUB CHOOSES MRS. ALDEN PRESIDENT",
            "decks": ["ANNUAL MEETING HEARS REPORTS OF A BUSY YEAR"],
            "paragraphs": [
                "Mrs. Frederick L. Alden was elected president of the Westbrook Woman’s club at the annual meeting held yesterday afternoon in the parish house of Trinity church. She succeeds Mrs. George Whitney, who has held the office for three years.",
                "The other officers chosen were: Vice president, Mrs. Howard Kent; secretary, Miss Edith Morrow; treasurer, Mrs. Lewis P. Crane. The reports showed that the club had raised more than eleven hundred dollars during the year for the district nursing association and the public library.",
                "Tea was served at the close of the meeting by the members of the hospitality committee.",
            ],
        },
        "measles": {
            "headline": "MEASLES CASES INCREASE IN SCHOOLS",
            "decks": ["BOARD OF HEALTH ASKS PARENTS TO KEEP SICK CHILDREN AT HOME"],
            "paragraphs": [
                "Forty-one new cases of measles have been reported to the board of health since Monday, nearly all of them among children in the first four grades of the Franklin and Lincoln schools, Dr. Samuel Pratt, health officer, announced last evening.",
                "Dr. Pratt said that there was no occasion for alarm, but he urged parents to keep at home any child who shows signs of a cold or a rash, and to call a physician at once. The schools will not be closed unless the number of cases grows much larger.",
                "The school nurses will examine the pupils of both buildings each morning until further notice.",
            ],
        },
        "postoffice": {
            "headline": "NEW POST OFFICE TO BE BUILT ON COURT STREET",
            "decks": ["GOVERNMENT BUYS THE OLD ARMORY LOT FOR $42,000"],
            "paragraphs": [
                "Postmaster William H. Sayward received word from Washington yesterday that the treasury department has purchased the old armory lot at the corner of Court and Union streets as the site of the new post office building, for which Congress appropriated money two years ago.",
                "The price paid was forty-two thousand dollars. Plans for the building are being prepared in the office of the supervising architect, and it is expected that bids will be asked for in the fall.",
                "The present post office, in the Merchants’ block on Main street, has been too small for the business of the city for many years, and the carriers have been obliged to sort their mail in the corridor.",
            ],
        },
        "redcross": {
            "headline": "RED CROSS DRIVE OPENS WITH $5,000 GOAL",
            "decks": ["CITY DIVIDED INTO TWENTY DISTRICTS; WOMEN WILL CANVASS EVERY HOME"],
            "paragraphs": [
                "The annual roll call of the Westbrook chapter of the Red Cross will open on Monday morning and continue for one week, with a goal of five thousand dollars, the largest sum the chapter has ever sought.",
                "Mrs. Walter J. Gage, chairman of the campaign, announced last evening that the city had been divided into twenty districts, each in charge of a captain with a corps of women workers who will call at every home. Booths will also be placed in the lobbies of the banks and at the railroad station.",
                "More than half of the money raised will remain in Westbrook for the work of the chapter’s nursing service and for the relief of families in distress.",
            ],
        },
        "lights": {
            "headline": "COUNCIL ORDERS NEW LIGHTS FOR MAIN STREET",
            "decks": ["TWENTY-EIGHT ORNAMENTAL POSTS TO BE ERECTED THIS SUMMER", "MERCHANTS WILL SHARE THE COST"],
            "paragraphs": [
                "Main street from the railroad crossing to Monument square will be lighted by twenty-eight ornamental lamp posts of the latest pattern before the first of September, under an order passed by the city council at its meeting last evening.",
                "The posts will be of cast iron, each bearing a single globe of frosted glass, and will be placed on both sides of the street at intervals of about one hundred feet. The present arc lights, which have hung over the street since 1904, will be taken down.",
                "The cost of the work is estimated at eleven thousand dollars, of which the merchants of Main street have agreed to pay one-third. Alderman Frank Marston, who introduced the order, said that the new lights would make Main street the best lighted business street in the county.",
                "The order was passed without a dissenting vote.",
            ],
        },
        "holdup": {
            "headline": "BANDITS HOLD UP PAYMASTER AT CAR SHOPS",
            "decks": ["ESCAPE WITH $3,200 IN AUTOMOBILE; POLICE WATCH ALL ROADS"],
            "paragraphs": [
                "Two masked men held up Paymaster Arthur Leavitt of the Eastern Car company at the gate of the shops on Depot street at noon yesterday and escaped with a satchel containing three thousand two hundred dollars, the weekly pay of the shop men.",
                "Mr. Leavitt had just stepped from the company’s automobile when one of the men pointed a revolver at him and ordered him to drop the satchel. The second man picked it up, and both ran to a touring car which had been standing at the curb with its engine running.",
                "The car was driven rapidly toward the Hartland road. The police of every town within fifty miles were notified by telephone within a few minutes, and officers are watching all the roads leading out of the county.",
            ],
        },
    },
}
