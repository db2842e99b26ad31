# The field mapping of samples/data/catalog/supplier-jsonl-to-jd.spec.json written in jq, as the baseline the
# catalog-throughput mode times against the SDK: run as `jq -n -c -f catalog-to-jd.jq supplier-catalog.jsonl`
# (-n with `inputs` builds the lookup tables once, not once per product).
# One output line per input line, in the marketplace import shape {key, productType, attributes, extended}:
# category lookup through an object, the zh-CN title (the supplier's, else a template per product type), brand
# lookup, copies of the technical values with unit conversion arithmetic (resistance OHM/kOhm/MOhm to OHM,
# capacitance pF/nF/uF to uF), enum value maps, ranges, and the unused source fields carried over except prices
# and order data. It validates nothing beyond what jq does by itself (a value that is not a number becomes null),
# and computes in binary floating point where the SDK computes in decimal.

def categories: {
  "EC000101": "9987-13766", "EC000201": "9987-13767", "EC000202": "9987-13768", "EC000301": "9987-13770",
  "EC000302": "9987-13770", "EC000401": "9987-13780", "EC000402": "9987-13780"
};

def brands: {
  "Amphenol": "安费诺 Amphenol", "Bourns": "伯恩斯 Bourns", "KEMET": "基美 KEMET", "Knipex": "凯尼派克 Knipex",
  "KOA Speer": "兴亚 KOA", "Molex": "莫仕 Molex", "Murata": "村田 Murata", "Nichicon": "尼吉康 Nichicon",
  "Panasonic": "松下 Panasonic", "Phoenix Contact": "菲尼克斯 Phoenix Contact", "Rubycon": "红宝石 Rubycon",
  "Samsung Electro-Mechanics": "三星电机 Samsung", "TDK": "TDK", "TE Connectivity": "泰科 TE Connectivity",
  "Vishay": "威世 Vishay", "Weidmüller": "魏德米勒 Weidmüller", "Wera": "维拉 Wera", "Wiha": "威汉 Wiha",
  "Würth Elektronik": "伍尔特 Würth Elektronik", "Yageo": "国巨 Yageo"
};

def tolerances: { "0.1": "±0.1%", "0.5": "±0.5%", "1": "±1%", "5": "±5%", "10": "±10%", "20": "±20%" };
def technologies: { "thick film": "厚膜", "thin film": "薄膜" };
def mountings: { "SMD": "贴片", "THT": "插件" };
def genders: { "male": "公", "female": "母" };
def platings: { "gold": "镀金", "tin": "镀锡" };
def tool_types: { "wire stripper": "剥线钳", "crimping pliers": "压线钳", "side cutter": "斜口钳" };

# The fields the rules read (the rest is carried over), and the ones never carried over.
def consumed: [
  "resistance", "tolerance", "rated_power", "package", "max_voltage", "technology", "operating_temperature_min",
  "operating_temperature_max", "aec_q200", "capacitance", "rated_voltage", "dielectric", "lifetime", "esr", "pitch",
  "positions", "rows", "rated_current", "mounting", "gender", "contact_plating", "housing_material", "colour",
  "flammability", "tool_type", "length", "weight", "wire_cross_section_min", "wire_cross_section_max",
  "insulated_1000v", "handle_material", "standard"
];

def value: if type == "object" then .value else . end;
def text: value | if . == null then null else tostring end;
def number: value | if type == "number" then . else (tonumber? // null) end;

# A number in the target unit: the value times the factor of its source unit (null when the unit is unknown).
def measure($target; $factors):
  if . == null then null
  else (if type == "object" then (.unit // $target) else $target end) as $unit
    | ($factors[$unit] // null) as $factor
    | number as $n
    | if $n == null or $factor == null then null else {value: ($n * $factor), unit: $target} end
  end;
def measure($target): measure($target; {($target): 1});
def range($min; $max; $unit): if $min == null or $max == null then null else {min: ($min | number), max: ($max | number), unit: $unit} end;
def mapped($table): if . == null then null else (text as $t | $table[$t] // $t) end;

categories as $categories | brands as $brands | tolerances as $tolerances | technologies as $technologies
| mountings as $mountings | genders as $genders | platings as $platings | tool_types as $tool_types
| [consumed[] | ["features", .]] as $consumed
| inputs
| .features as $f
| ($categories[.etim_class] // "9987-99999") as $type
| (.["title@zh-CN"] // (
    if $type == "9987-13766" then "\(.manufacturer) \(.mpn) 贴片电阻 \($f.package | text)"
    elif $type == "9987-13767" then "\(.manufacturer) \(.mpn) 贴片电容 \($f.dielectric | text) \($f.package | text)"
    elif $type == "9987-13768" then "\(.manufacturer) \(.mpn) 铝电解电容"
    elif $type == "9987-13770" then "\(.manufacturer) \(.mpn) 连接器 \($f.positions | text)针"
    elif $type == "9987-13780" then "\(.manufacturer) \(.mpn) 手动工具"
    else "\(.manufacturer) \(.mpn)" end)) as $title
| {
    key: .sku,
    productType: $type,
    attributes: ({
      title: {"zh-CN": $title},
      brand: (.manufacturer | mapped($brands)),
      modelNumber: .mpn,
      barcode: .gtin,
      mainImage: .images[0],
      countryOfOrigin: .country_of_origin,
      operatingTemperature: range($f.operating_temperature_min; $f.operating_temperature_max; "CEL"),
      automotiveGrade: $f.aec_q200,
      resistance: ($f.resistance | measure("OHM"; {"OHM": 1, "B49": 1000, "B75": 1000000})),
      tolerance: ($f.tolerance | mapped($tolerances)),
      ratedPower: ($f.rated_power | measure("WTT")),
      package: ($f.package | text),
      maxVoltage: ($f.max_voltage | measure("VLT")),
      technology: ($f.technology | mapped($technologies)),
      capacitance: ($f.capacitance | measure("4O"; {"4O": 1, "C41": 0.001, "4T": 0.000001})),
      ratedVoltage: ($f.rated_voltage | measure("VLT")),
      dielectric: ($f.dielectric | text),
      lifetime: ($f.lifetime | measure("HUR")),
      esr: ($f.esr | measure("OHM"; {"OHM": 1, "B49": 1000})),
      size: ($f.package | text | if . == null then null else (capture("^radial\\s+(?<s>\\S+)$").s // null) end),
      pitch: ($f.pitch | measure("MMT")),
      positions: ($f.positions | number),
      rows: ($f.rows | number),
      ratedCurrent: ($f.rated_current | measure("AMP")),
      mounting: ($f.mounting | mapped($mountings)),
      gender: ($f.gender | mapped($genders)),
      contactPlating: ($f.contact_plating | mapped($platings)),
      housingMaterial: ($f.housing_material | text),
      colour: ($f.colour | text),
      flammability: ($f.flammability | text),
      toolType: ($f.tool_type | mapped($tool_types)),
      length: ($f.length | measure("MMT"; {"MMT": 1, "CMT": 10, "MTR": 1000})),
      weight: ($f.weight | measure("GRM"; {"GRM": 1, "KGM": 1000})),
      wireCrossSection: range($f.wire_cross_section_min; $f.wire_cross_section_max; "MMK"),
      insulated: $f.insulated_1000v,
      handleMaterial: ($f.handle_material | text),
      standard: ($f.standard | text)
    } | with_entries(select(.value != null))),
    extended: (
      (del(.sku, .manufacturer, .mpn, .gtin, .etim_class, .family, .order_unit, .moq, .order_step, .price, .price_100,
           .price_1000, .delivery_days, .country_of_origin, .images, .["title@zh-CN"]) | delpaths($consumed))
      | to_entries | map(if .key == "features" then (.value | to_entries[] | .key |= "features." + .) else . end)
      | from_entries
    )
  }
