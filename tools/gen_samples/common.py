"""Helpers shared by the sample specs: compact row notation, classification names,
deterministic figures whose parents add up, and standard header shapes."""

import json
import os
import random

from tablelib import B, Row, nows


def parse_rows(text, nvalues, item=False):
    """Rows written one per line as  code|name|v1|v2|...  (or code|name|item|v1|...).

    An empty field is an empty cell (None); '-' is printed as a dash. Values are
    written without thousands separators; the table adds them when printing.
    A line starting with '*' spans its label over the code columns.
    """
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        span = line.startswith("*")
        if span:
            line = line[1:]
        f = line.split("|")
        want = 2 + (1 if item else 0) + nvalues
        if len(f) != want:
            raise ValueError(f"bad row ({len(f)} fields, want {want}): {line}")
        code = f[0] or None
        name = f[1] or None
        it = (f[2] or None) if item else None
        vals = [v if v else None for v in f[2 + (1 if item else 0):]]
        rows.append(Row(B(code, name, vals, it), span=span))
    return rows


def side_by_side(left, right):
    """Zip two lists of block dicts (or None) into rows of two blocks."""
    n = max(len(left), len(right))
    out = []
    for i in range(n):
        a = left[i] if i < len(left) else None
        b = right[i] if i < len(right) else None
        out.append(Row(a, b))
    return out


def blocks_from(text, nvalues):
    """Like parse_rows but returns plain block dicts (for side-by-side tables)."""
    return [r.blocks[0] for r in parse_rows(text, nvalues)]


# --------------------------------------------------------------------------- names

FUNC = {
    "201": "一般公共服务支出", "20101": "人大事务", "2010101": "行政运行", "2010108": "代表工作",
    "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行", "2010302": "一般行政管理事务",
    "2010350": "事业运行", "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "20105": "统计信息事务", "2010501": "行政运行", "2010502": "一般行政管理事务",
    "2010505": "专项统计业务", "2010507": "专项普查活动", "2010508": "统计抽样调查",
    "20106": "财政事务", "2010601": "行政运行", "2010602": "一般行政管理事务",
    "2010607": "信息化建设", "2010699": "其他财政事务支出",
    "20111": "纪检监察事务", "2011101": "行政运行", "2011102": "一般行政管理事务",
    "20129": "群众团体事务", "2012901": "行政运行", "2012999": "其他群众团体事务支出",
    "204": "公共安全支出", "20406": "司法", "2040601": "行政运行", "2040602": "一般行政管理事务",
    "2040604": "基层司法业务", "2040605": "普法宣传", "2040610": "社区矫正", "2040699": "其他司法支出",
    "205": "教育支出", "20501": "教育管理事务", "2050101": "行政运行", "2050199": "其他教育管理事务支出",
    "20502": "普通教育", "2050201": "学前教育", "2050202": "小学教育", "2050203": "初中教育",
    "2050204": "高中教育", "20508": "进修及培训", "2050803": "培训支出",
    "206": "科学技术支出", "20601": "科学技术管理事务", "2060101": "行政运行",
    "2060102": "一般行政管理事务", "20602": "基础研究", "2060201": "机构运行",
    "2060203": "自然科学基金", "20604": "技术研究与开发", "2060404": "科技成果转化与扩散",
    "2060499": "其他技术研究与开发支出", "20699": "其他科学技术支出", "2069999": "其他科学技术支出",
    "207": "文化旅游体育与传媒支出", "20701": "文化和旅游", "2070101": "行政运行",
    "2070109": "群众文化", "2070199": "其他文化和旅游支出",
    "208": "社会保障和就业支出", "20801": "人力资源和社会保障管理事务", "2080101": "行政运行",
    "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤", "2080801": "死亡抚恤",
    "210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗",
    "2101102": "事业单位医疗", "2101103": "公务员医疗补助", "2101199": "其他行政事业单位医疗支出",
    "211": "节能环保支出", "21103": "污染防治", "2110301": "大气", "2110302": "水体",
    "212": "城乡社区支出", "21201": "城乡社区管理事务", "2120101": "行政运行",
    "2120104": "城管执法", "2120199": "其他城乡社区管理事务支出",
    "213": "农林水支出", "21301": "农业农村", "2130101": "行政运行", "2130104": "事业运行",
    "2130108": "病虫害控制", "2130135": "农业生态资源保护",
    "21303": "水利", "2130301": "行政运行", "2130306": "水利工程运行与维护",
    "2130314": "防汛", "2130335": "农村供水",
    "221": "住房保障支出", "22102": "住房改革支出", "2210201": "住房公积金",
    "2210202": "提租补贴", "2210203": "购房补贴",
}

ECON = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金",
    "30106": "伙食补助费", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费", "30111": "公务员医疗补助缴费", "30112": "其他社会保障缴费",
    "30113": "住房公积金", "30114": "医疗费", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30202": "印刷费", "30205": "水费", "30206": "电费",
    "30207": "邮电费", "30208": "取暖费", "30209": "物业管理费", "30211": "差旅费",
    "30213": "维修（护）费", "30214": "租赁费", "30215": "会议费", "30216": "培训费",
    "30217": "公务接待费", "30226": "劳务费", "30227": "委托业务费", "30228": "工会经费",
    "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30301": "离休费", "30302": "退休费", "30305": "生活补助",
    "30307": "医疗费补助", "30309": "奖励金", "30399": "其他对个人和家庭的补助",
    "310": "资本性支出", "31002": "办公设备购置", "31003": "专用设备购置", "31007": "信息网络及软件购置更新",
}


# --------------------------------------------------------------------------- figures

def fmt(units, dec):
    """Integer amount in 10^-dec units -> canonical string ('1234.56')."""
    neg = units < 0
    units = abs(units)
    s = str(units).rjust(dec + 1, "0")
    out = s if dec == 0 else s[:-dec] + "." + s[-dec:]
    return ("-" if neg else "") + out


def split_amount(rng, total, n, min_share=0.05):
    """Split an integer total into n positive parts that add up exactly."""
    if n == 1:
        return [total]
    w = [rng.uniform(min_share, 1.0) for _ in range(n)]
    s = sum(w)
    parts = [int(total * x / s) for x in w]
    parts[0] += total - sum(parts)
    return parts


def func_tree(leaves, nvals):
    """leaves: {7-digit code: [ints]} -> ordered [(code, name, [ints])] with 类 and 款
    rows carrying the sums of their children."""
    rows = []
    codes = sorted(leaves)
    seen = set()
    for code in codes:
        for parent in (code[:3], code[:5]):
            if parent not in seen:
                seen.add(parent)
                tot = [0] * nvals
                for c2 in codes:
                    if c2.startswith(parent):
                        tot = [a + b for a, b in zip(tot, leaves[c2])]
                rows.append((parent, FUNC[parent], tot))
        rows.append((code, FUNC[code], list(leaves[code])))
    return rows


def econ_tree(leaves, nvals):
    """leaves: {5-digit code: [ints]} -> [(code, name, [ints])] with 类 rows."""
    rows = []
    codes = sorted(leaves)
    seen = set()
    for code in codes:
        p = code[:3]
        if p not in seen:
            seen.add(p)
            tot = [0] * nvals
            for c2 in codes:
                if c2.startswith(p):
                    tot = [a + b for a, b in zip(tot, leaves[c2])]
            rows.append((p, ECON[p], tot))
        rows.append((code, ECON[code], list(leaves[code])))
    return rows


def total(rows, nvals, level=3):
    t = [0] * nvals
    for code, _, vals in rows:
        if code and len(code) == level:
            t = [a + b for a, b in zip(t, vals)]
    return t


def vals(ints, dec, zero=None):
    """ints -> printed value strings; zero amounts become `zero` (None = blank cell,
    '-' = dash, '0.00' style = printed zero)."""
    out = []
    for v in ints:
        if v == 0:
            out.append(zero if zero != "0" else fmt(0, dec))
        else:
            out.append(fmt(v, dec))
    return out


def write_truth(doc, out_dir):
    path = os.path.join(out_dir, doc.file_name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc.truth(), f, ensure_ascii=False, indent=2)
        f.write("\n")


def rng_for(name):
    return random.Random(name)
