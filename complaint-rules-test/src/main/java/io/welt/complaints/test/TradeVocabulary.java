package io.welt.complaints.test;

import io.welt.complaints.model.Material;
import io.welt.complaints.model.ProductCategory;

import java.util.List;

/**
 * The trade vocabulary the generator draws on: product lines, suppliers, factories, materials and
 * the words customers use. Plain data; the generator decides how often each is used.
 */
final class TradeVocabulary {

    /** A customer's words for a mismatched pair: the generator files it as MISMATCHED_PAIR, a product fault. */
    static final String MISMATCHED_PAIR_TEXT = "Left and right feel like different sizes";

    private TradeVocabulary() {
    }

    /** A product line as a maker would list it, before any variant. */
    record LineTemplate(String name, String code, ProductCategory category, Material material, int price,
                        boolean safety) {
    }

    /**
     * Lines in the order the generator takes them: the first few mix footwear, bags, belts and
     * small leather goods, so that a log of a handful of lines already looks like a real range.
     */
    static final List<LineTemplate> LINES = List.of(
            line("Chelsea boot", "CHB", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 129, false),
            line("Derby shoe", "DER", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 110, false),
            line("Hiking boot", "HIK", ProductCategory.FOOTWEAR, Material.NUBUCK, 149, false),
            line("Safety boot S3", "SAF", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 89, true),
            line("Tote bag", "TOT", ProductCategory.BAG, Material.FULL_GRAIN, 145, false),
            line("Belt", "BLT", ProductCategory.BELT, Material.FULL_GRAIN, 45, false),
            line("Wallet", "WAL", ProductCategory.SMALL_LEATHER_GOODS, Material.FULL_GRAIN, 49, false),
            line("Ankle boot", "ANK", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 119, false),
            line("Loafer", "LOA", ProductCategory.FOOTWEAR, Material.CORRECTED_GRAIN, 95, false),
            line("Satchel", "SAT", ProductCategory.BAG, Material.FULL_GRAIN, 165, false),
            line("Leather sneaker", "SNK", ProductCategory.FOOTWEAR, Material.CORRECTED_GRAIN, 85, false),
            line("Desert boot", "DES", ProductCategory.FOOTWEAR, Material.SUEDE, 99, false),
            line("Card holder", "CRD", ProductCategory.SMALL_LEATHER_GOODS, Material.FULL_GRAIN, 25, false),
            line("Oxford shoe", "OXF", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 120, false),
            line("Crossbody bag", "CRB", ProductCategory.BAG, Material.CORRECTED_GRAIN, 99, false),
            line("Chukka boot", "CHU", ProductCategory.FOOTWEAR, Material.SUEDE, 105, false),
            line("Safety trainer S1P", "SFT", ProductCategory.FOOTWEAR, Material.SYNTHETIC, 69, true),
            line("Brogue", "BRG", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 125, false),
            line("Backpack", "BPK", ProductCategory.BAG, Material.NUBUCK, 155, false),
            line("Dress belt", "DBL", ProductCategory.BELT, Material.CORRECTED_GRAIN, 39, false),
            line("Court shoe", "COU", ProductCategory.FOOTWEAR, Material.PATENT, 89, false),
            line("Sandal", "SAN", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 55, false),
            line("Holdall", "HOL", ProductCategory.BAG, Material.FULL_GRAIN, 210, false),
            line("Knee-high boot", "KNE", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 189, false),
            line("Moccasin", "MOC", ProductCategory.FOOTWEAR, Material.SUEDE, 75, false),
            line("Key case", "KEY", ProductCategory.SMALL_LEATHER_GOODS, Material.FULL_GRAIN, 22, false),
            line("Boat shoe", "BOA", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 80, false),
            line("Rigger boot", "RIG", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 79, true),
            line("Ballet flat", "BAL", ProductCategory.FOOTWEAR, Material.FULL_GRAIN, 65, false),
            line("Work belt", "WBL", ProductCategory.BELT, Material.FULL_GRAIN, 35, false),
            line("Clutch", "CLU", ProductCategory.BAG, Material.PATENT, 70, false),
            line("Slipper", "SLI", ProductCategory.FOOTWEAR, Material.SUEDE, 35, false),
            line("Passport cover", "PAS", ProductCategory.SMALL_LEATHER_GOODS, Material.FULL_GRAIN, 30, false),
            line("Watch strap", "WAT", ProductCategory.SMALL_LEATHER_GOODS, Material.FULL_GRAIN, 28, false));

    /** Collection names that turn a base line into a further line once the base lines run out. */
    static final List<String> COLLECTIONS = List.of("Heritage", "Urban", "Classic", "Trail", "City", "Luxe",
            "Workwear", "Weekend", "Studio", "Coast", "Atelier", "Field");

    static final List<String> COLOURS = List.of("black", "brown", "tan", "oxblood", "navy", "taupe");

    static final List<String> SHOE_SIZES = List.of("EU 41", "EU 42", "EU 43", "EU 40", "EU 44", "EU 39",
            "EU 45", "EU 38", "EU 46", "EU 37");

    static final List<String> BELT_SIZES = List.of("90 cm", "95 cm", "100 cm", "85 cm", "105 cm", "110 cm");

    static final List<String> FACTORIES = List.of("Northampton line 1", "Porto line 2", "Northampton line 3",
            "Leon line 1", "Dongguan line 4", "Agra line 2");

    /** What a supplier delivers; it decides which batches use its lots. */
    enum SupplierKind {
        TANNERY("HL", List.of("Conceria del Ponte", "Hartley Tannery", "Curtidos Ortega", "Lederwerk Auer",
                "Tannerie Valmont", "Couros do Vale", "Anatolia Deri", "Chennai Hides", "Conceria Santa Croce",
                "Bridgewater Leathers", "Tenerias Riojanas", "Looierij Van Dam", "Saigon Hides", "Pampa Cueros"),
                List.of("full-grain calf", "corrected-grain cowhide", "suede split", "nubuck", "patent calf")),
        SOLE("SL", List.of("Northside Soles", "Gomma Brenta", "Suelas Levante", "Soleworks Asia", "Solados Minho",
                "Kettering Soling", "Gummiwerk Rhein", "Suole Marche"),
                List.of("rubber sole units", "TPU sole units", "leather soles")),
        HARDWARE("HW", List.of("Brasscraft Fittings", "Fibbia Metalli", "Zipco Components", "Walsall Buckles",
                "Accessori Lario", "Herrajes Ubrique", "Metallwaren Iserlohn", "Eyelet Works"),
                List.of("brass buckles", "metal zips", "eyelets and hooks")),
        ADHESIVE("AD", List.of("Bondline Adhesives", "Kollex Chemie", "Adesivi Riva", "Colas Alicante", "Tackwell Adhesives"),
                List.of("PU adhesive", "neoprene cement")),
        THREAD("TH", List.of("Linwood Threads", "Cordwain Yarns", "Filati Moro", "Garne Wuppertal", "Saddlers Thread Co"),
                List.of("bonded nylon thread", "polyester thread"));

        final String lotPrefix;
        final List<String> names;
        final List<String> materials;

        SupplierKind(String lotPrefix, List<String> names, List<String> materials) {
            this.lotPrefix = lotPrefix;
            this.names = names;
            this.materials = materials;
        }

        /** The name of the {@code n}th supplier of this kind (0-based). */
        String supplierName(int n) {
            if (n < names.size()) {
                return names.get(n);
            }
            String generic = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
            return generic + " supplier " + (n + 1);
        }
    }

    /** The kind of the {@code i}th supplier: tanneries are the most numerous, as in the trade. */
    static SupplierKind supplierKind(int i) {
        SupplierKind[] cycle = {SupplierKind.TANNERY, SupplierKind.SOLE, SupplierKind.HARDWARE,
                SupplierKind.TANNERY, SupplierKind.ADHESIVE, SupplierKind.THREAD, SupplierKind.TANNERY,
                SupplierKind.SOLE, SupplierKind.HARDWARE, SupplierKind.TANNERY};
        return cycle[i % cycle.length];
    }

    private static LineTemplate line(String name, String code, ProductCategory category, Material material,
                                     int price, boolean safety) {
        return new LineTemplate(name, code, category, material, price, safety);
    }

    /**
     * What customers write about a defect on footwear or on other goods; a few entries start with
     * '-', '+' or '@' as people type them.
     */
    static List<String> descriptions(String defect, boolean footwear) {
        return switch (defect) {
            case "STITCHING" -> footwear
                    ? List.of("Seam opened along the side after a few weeks", "Stitching came undone at the heel counter",
                            "- left: seam open at the back\n- right: thread fraying too",
                            "The \"hand-finished\" welt stitching is already loose")
                    : List.of("Handle stitching pulled out", "Seam along the edge is coming apart",
                            "- strap seam open\n- thread fraying at the corner", "Stitches skipped along the edge");
            case "SOLE_SEPARATION" -> List.of("Sole is coming away at the toe", "Sole came off completely, glue visible",
                    "Front of the sole lifting, lets water in");
            case "SOLE_WEAR" -> List.of("Sole worn through in two months", "Crack across the sole at the flex point",
                    "Heel area of the sole worn down unevenly");
            case "HEEL_FAILURE" -> List.of("Heel snapped off while walking", "Heel block loose, wobbles",
                    "Top piece fell off the heel");
            case "GRAIN_CRACKING" -> footwear
                    ? List.of("Leather cracking across the vamp", "Fine cracks in the grain where it creases",
                            "Surface of the leather split, looks dry")
                    : List.of("Leather cracking along the fold", "Fine cracks in the grain where it bends",
                            "Surface of the leather split, looks dry");
            case "FINISH_PEELING" -> List.of("Finish peeling off at the edges", "Colour coat flaking off",
                    "Top coat coming away in patches");
            case "COLOUR_TRANSFER" -> footwear
                    ? List.of("Dye came off on my socks", "Bleeds colour when damp")
                    : List.of("Colour rubbed off onto my coat, cream wool", "Bleeds colour when damp");
            case "SUEDE_MARKING" -> List.of("Suede marked after one wear", "Dark patches on the nubuck, won't brush out");
            case "WATER_STAINING" -> List.of("Water marks after light rain", "Tide marks on the leather after a wet day");
            case "HARDWARE_FAILURE" -> footwear
                    ? List.of("Zip broke, teeth came apart", "Eyelet came out of the leather", "Speed hook snapped off")
                    : List.of("Zip broke, teeth came apart", "Buckle pin snapped", "Clasp won't stay shut",
                            "Strap ring bent open");
            case "LINING_WEAR" -> footwear
                    ? List.of("Lining worn through at the heel", "Heel lining torn after a month")
                    : List.of("Inside lining torn near the pocket", "Lining split along the seam");
            case "SIZING" -> footwear
                    ? List.of("Runs a full size small", MISMATCHED_PAIR_TEXT,
                            "Size 42 is smaller than my other 42s, please exchange", "+1 size needed, the size guide is wrong")
                    : List.of("Too short even on the last hole", "Size marked does not match the measurement");
            case "FIT_COMFORT" -> footwear
                    ? List.of("Rubs at the heel, blisters", "Too narrow across the toes", "Insole digs in after an hour")
                    : List.of("Edge digs in when worn", "Stiff and uncomfortable to wear");
            case "ODOUR" -> List.of("Strong chemical smell, won't go away", "Smells of solvent when warm");
            case "SKIN_REACTION" -> List.of("Red itchy rash where the leather touches, doctor suspects chromium",
                    "Skin reaction after wearing it for a day");
            case "PROTECTIVE_FAILURE" -> List.of("Toe cap dented under a light impact",
                    "Slipped on a wet floor, the sole has no grip left", "Nail went through the midsole");
            case "WRONG_ITEM" -> List.of("Received the wrong size", "Wrong colour sent", "Box contained a different model");
            case "LATE_DELIVERY" -> List.of("Order arrived ten days late", "Still not delivered after three weeks",
                    "Delivery promised for Friday, came the next Thursday");
            case "SERVICE_CONDUCT" -> List.of("Nobody answered my e-mails", "Rude staff at the store counter",
                    "@customer service: promised a call back, never happened");
            default -> List.of("Problem with the product");
        };
    }
}
