#include "demo/demovocabulary.h"

namespace stockroom {

namespace {

// The tables below read best one entry per line.
// clang-format off
enum Top { Staples, Produce, Dairy, Bakery, Meat, Snacks, Beverages, PersonalCare, Household, Baby, Frozen };

enum Leaf {
    Atta, Rice, Dals, Oils, SaltSugar, Masalas,
    Fruits, Vegetables, Herbs,
    Milk, Curd, Butter, Eggs,
    Bread, Cakes,
    Chicken, Fish,
    Chips, Biscuits, Sweets,
    Tea, Drinks, Water,
    Bath, HairOral,
    Laundry, Cleaners,
    Diapers, BabyFood,
    FrozenSnacks, IceCream,
};

// clang-format on

constexpr DemoZone A = DemoZone::Ambient;
constexpr DemoZone C = DemoZone::Chilled;
constexpr DemoZone F = DemoZone::Frozen;
constexpr DemoZone H = DemoZone::HighValue;

std::vector<DemoKind> makeKinds()
{
    // leaf, name, HSN, GST %, popularity, shelf life (days), zone, packs {size, uom, MRP paise[,
    // loose]}, varieties
    // clang-format off
    return {
        {Atta, "Whole Wheat Atta", "1101", 5, 8, 0, A, {{"1", "kg", 6200}, {"5", "kg", 28500}, {"10", "kg", 54500}}, {"", "Chakki Fresh", "Sharbati", "Multigrain"}},
        {Atta, "Besan", "1106", 5, 5, 0, A, {{"500", "g", 6800}, {"1", "kg", 13000}}, {"", "Fine"}},
        {Atta, "Maida", "1101", 5, 4, 0, A, {{"500", "g", 3200}, {"1", "kg", 5800}}, {""}},
        {Atta, "Sooji Rava", "1103", 5, 5, 0, A, {{"500", "g", 3800}, {"1", "kg", 7200}}, {"", "Bombay", "Roasted"}},
        {Rice, "Basmati Rice", "1006", 5, 6, 0, A, {{"1", "kg", 16500}, {"5", "kg", 78000}}, {"Classic", "Rozana", "Dubar", "Tibar", "Super"}},
        {Rice, "Sona Masoori Rice", "1006", 5, 7, 0, A, {{"1", "kg", 7800}, {"5", "kg", 36500}, {"10", "kg", 71000}}, {"", "Aged", "Raw"}},
        {Rice, "Poha", "1904", 5, 6, 0, A, {{"500", "g", 4200}, {"1", "kg", 7800}}, {"Thick", "Thin", "Red"}},
        {Dals, "Toor Dal", "0713", 5, 8, 0, A, {{"500", "g", 9500}, {"1", "kg", 18000}}, {"", "Unpolished", "Oily"}},
        {Dals, "Moong Dal", "0713", 5, 6, 0, A, {{"500", "g", 7200}, {"1", "kg", 13800}}, {"", "Split", "Whole"}},
        {Dals, "Chana Dal", "0713", 5, 6, 0, A, {{"500", "g", 5500}, {"1", "kg", 10500}}, {""}},
        {Dals, "Rajma", "0713", 5, 4, 0, A, {{"500", "g", 9200}, {"1", "kg", 17500}}, {"Chitra", "Jammu", "Red"}},
        {Oils, "Sunflower Oil", "1512", 5, 7, 0, A, {{"1", "l", 16500}, {"5", "l", 79000}}, {"Refined", "Cold Pressed"}},
        {Oils, "Mustard Oil", "1514", 5, 5, 0, A, {{"1", "l", 18500}, {"5", "l", 88000}}, {"Kachi Ghani", ""}},
        {Oils, "Groundnut Oil", "1508", 5, 4, 0, A, {{"1", "l", 21000}, {"5", "l", 101000}}, {"Filtered", "Cold Pressed"}},
        {Oils, "Desi Ghee", "0405", 12, 5, 0, H, {{"200", "ml", 14000}, {"500", "ml", 33000}, {"1", "l", 64000}}, {"Cow", "Buffalo", "Danedar"}},
        {SaltSugar, "Salt", "2501", 0, 7, 0, A, {{"1", "kg", 2800}}, {"Iodised", "Pink Rock", "Black"}},
        {SaltSugar, "Sugar", "1701", 5, 8, 0, A, {{"1", "kg", 5200}, {"5", "kg", 25500}}, {"", "Sulphurless", "Brown"}},
        {SaltSugar, "Jaggery", "1701", 5, 4, 0, A, {{"500", "g", 6500}, {"1", "kg", 12000}}, {"Powder", "Cubes", "Block"}},
        {Masalas, "Turmeric Powder", "0910", 5, 6, 0, A, {{"100", "g", 3800}, {"200", "g", 7200}, {"500", "g", 16500}}, {""}},
        {Masalas, "Red Chilli Powder", "0904", 5, 6, 0, A, {{"100", "g", 4500}, {"200", "g", 8600}, {"500", "g", 20500}}, {"", "Kashmiri", "Guntur"}},
        {Masalas, "Garam Masala", "0910", 5, 5, 0, A, {{"50", "g", 5200}, {"100", "g", 9600}}, {"", "Shahi", "Kitchen King"}},
        {Masalas, "Cumin Seeds", "0909", 5, 4, 0, A, {{"100", "g", 7200}, {"200", "g", 13800}}, {""}},

        {Fruits, "Banana", "0803", 0, 10, 5, A, {{"6", "pc", 4800}, {"12", "pc", 9000}, {"1", "kg", 6000, true}}, {"Robusta", "Yelakki", "Nendran"}},
        {Fruits, "Apple", "0808", 0, 7, 20, C, {{"1", "kg", 22000, true}, {"4", "pc", 12000}}, {"Shimla", "Kinnaur", "Royal Gala"}},
        {Fruits, "Pomegranate", "0810", 0, 5, 14, A, {{"1", "kg", 24000, true}, {"2", "pc", 11000}}, {"Bhagwa", "Kesar"}},
        {Fruits, "Mango", "0804", 0, 6, 7, A, {{"1", "kg", 16000, true}, {"3", "pc", 18000}}, {"Alphonso", "Banganapalli", "Totapuri", "Kesar"}},
        {Vegetables, "Onion", "0703", 0, 10, 30, A, {{"1", "kg", 4500, true}, {"2", "kg", 8500}}, {"", "Nashik", "Red"}},
        {Vegetables, "Tomato", "0702", 0, 10, 7, A, {{"1", "kg", 4000, true}, {"500", "g", 2200}}, {"Hybrid", "Local"}},
        {Vegetables, "Potato", "0701", 0, 10, 30, A, {{"1", "kg", 3800, true}, {"2", "kg", 7200}}, {"", "Baby", "Jyoti"}},
        {Vegetables, "Capsicum", "0709", 0, 6, 7, C, {{"250", "g", 2800}, {"500", "g", 5200}, {"1", "kg", 9800, true}}, {"Green", "Red", "Yellow"}},
        {Herbs, "Coriander Leaves", "0709", 0, 9, 3, C, {{"100", "g", 1500}}, {""}},
        {Herbs, "Palak", "0709", 0, 6, 3, C, {{"250", "g", 2500}}, {""}},
        {Herbs, "Curry Leaves", "0709", 0, 6, 5, C, {{"50", "g", 1000}}, {""}},
        {Herbs, "Mint Leaves", "0709", 0, 5, 3, C, {{"100", "g", 1800}}, {""}},

        {Milk, "Toned Milk", "0401", 0, 10, 3, C, {{"500", "ml", 2800}, {"1", "l", 5500}}, {""}},
        {Milk, "Full Cream Milk", "0401", 0, 9, 3, C, {{"500", "ml", 3400}, {"1", "l", 6800}}, {""}},
        {Milk, "UHT Milk", "0401", 5, 5, 90, A, {{"1", "l", 7600}}, {"", "Slim"}},
        {Milk, "Buttermilk", "0403", 0, 6, 5, C, {{"200", "ml", 1500}, {"500", "ml", 3200}}, {"Masala", "Plain"}},
        {Curd, "Curd", "0403", 5, 9, 7, C, {{"200", "g", 2500}, {"400", "g", 4800}, {"1", "kg", 11000}}, {"", "Thick", "Low Fat"}},
        {Curd, "Paneer", "0406", 5, 8, 10, C, {{"200", "g", 9000}, {"500", "g", 21500}}, {"Fresh", "Malai"}},
        {Curd, "Lassi", "0403", 5, 5, 10, C, {{"200", "ml", 2500}}, {"Sweet", "Mango", "Rose"}},
        {Butter, "Butter", "0405", 12, 8, 180, C, {{"100", "g", 5800}, {"500", "g", 28500}}, {"Salted", "Unsalted"}},
        {Butter, "Cheese Slices", "0406", 12, 6, 120, C, {{"200", "g", 14500}}, {"", "Masala"}},
        {Butter, "Cheese Block", "0406", 12, 4, 180, C, {{"200", "g", 12500}, {"1", "kg", 59000}}, {"Processed"}},
        {Butter, "Mozzarella Cheese", "0406", 12, 4, 90, C, {{"200", "g", 15000}}, {""}},
        {Eggs, "White Eggs", "0407", 0, 10, 18, C, {{"6", "pc", 4800}, {"1", "dozen", 9200}, {"30", "pc", 21500}}, {"", "Farm Fresh"}},
        {Eggs, "Brown Eggs", "0407", 0, 6, 18, C, {{"6", "pc", 7200}, {"1", "dozen", 14000}}, {"", "Free Range"}},

        {Bread, "Bread", "1905", 0, 10, 5, A, {{"400", "g", 4500}, {"700", "g", 6500}}, {"Sandwich White", "Whole Wheat", "Multigrain", "Brown"}},
        {Bread, "Pav", "1905", 5, 8, 4, A, {{"6", "pc", 3000}, {"12", "pc", 5500}}, {"Ladi", "Butter"}},
        {Bread, "Burger Buns", "1905", 5, 4, 4, A, {{"4", "pc", 4000}}, {"", "Sesame"}},
        {Cakes, "Rusk", "1905", 5, 6, 90, A, {{"200", "g", 4000}, {"600", "g", 11000}}, {"Elaichi", "Milk", "Suji"}},
        {Cakes, "Tea Cake", "1905", 18, 4, 30, A, {{"120", "g", 3500}}, {"Plum", "Fruit", "Chocolate"}},
        {Cakes, "Muffins", "1905", 18, 4, 15, A, {{"4", "pc", 6000}}, {"Choco Chip", "Vanilla", "Blueberry"}},

        {Chicken, "Chicken Curry Cut", "0207", 0, 8, 3, C, {{"500", "g", 16500}, {"1", "kg", 32000}}, {"", "Skinless"}},
        {Chicken, "Chicken Breast Boneless", "0207", 0, 6, 3, C, {{"250", "g", 13000}, {"500", "g", 25000}}, {""}},
        {Chicken, "Mutton Curry Cut", "0204", 0, 5, 3, C, {{"500", "g", 48000}}, {"Goat", "Lamb"}},
        {Fish, "Rohu Curry Cut", "0302", 0, 4, 2, C, {{"500", "g", 19000}}, {""}},
        {Fish, "Prawns", "0306", 0, 4, 2, C, {{"250", "g", 24000}}, {"Cleaned", "Deveined"}},
        {Fish, "Seer Fish Steaks", "0302", 0, 3, 2, C, {{"500", "g", 56000}}, {""}},

        {Chips, "Potato Chips", "2005", 12, 9, 0, A, {{"52", "g", 2000}, {"90", "g", 4000}, {"150", "g", 6000}}, {"Classic Salted", "Magic Masala", "Cream and Onion", "Peri Peri"}},
        {Chips, "Aloo Bhujia", "2106", 12, 7, 0, A, {{"200", "g", 5500}, {"400", "g", 10500}, {"1", "kg", 24000}}, {""}},
        {Chips, "Khatta Meetha", "2106", 12, 5, 0, A, {{"200", "g", 5000}, {"400", "g", 9500}}, {""}},
        {Chips, "Banana Chips", "2008", 12, 4, 0, A, {{"150", "g", 6000}}, {"Salted", "Pepper"}},
        {Biscuits, "Glucose Biscuits", "1905", 18, 8, 0, A, {{"100", "g", 1000}, {"250", "g", 3000}, {"800", "g", 9000}}, {""}},
        {Biscuits, "Cream Biscuits", "1905", 18, 7, 0, A, {{"120", "g", 3000}}, {"Chocolate", "Orange", "Elaichi", "Strawberry"}},
        {Biscuits, "Marie Biscuits", "1905", 18, 6, 0, A, {{"250", "g", 3500}}, {"", "Lite"}},
        {Biscuits, "Digestive Cookies", "1905", 18, 5, 0, A, {{"250", "g", 6000}, {"500", "g", 11500}}, {"Oats", "Nutty", "Multigrain"}},
        {Sweets, "Milk Chocolate", "1806", 18, 7, 0, H, {{"50", "g", 5000}, {"150", "g", 15000}}, {"", "Fruit and Nut", "Almond"}},
        {Sweets, "Soan Papdi", "1704", 5, 4, 0, A, {{"250", "g", 8500}, {"500", "g", 16500}}, {"", "Elaichi"}},
        {Sweets, "Rasgulla", "2106", 5, 4, 0, A, {{"1", "kg", 23000}}, {""}},
        {Sweets, "Gulab Jamun", "2106", 5, 4, 0, A, {{"500", "g", 15000}, {"1", "kg", 27000}}, {""}},

        {Tea, "Tea", "0902", 5, 8, 0, A, {{"250", "g", 14500}, {"500", "g", 28500}, {"1", "kg", 56000}}, {"Premium", "Masala", "Assam CTC", "Elaichi"}},
        {Tea, "Green Tea", "0902", 5, 5, 0, A, {{"25", "pc", 15000}, {"100", "pc", 52000}}, {"Classic", "Tulsi", "Lemon Honey"}},
        {Tea, "Filter Coffee", "0901", 5, 5, 0, A, {{"200", "g", 16500}, {"500", "g", 39500}}, {"", "Chicory Blend"}},
        {Tea, "Instant Coffee", "2101", 18, 6, 0, H, {{"50", "g", 17500}, {"100", "g", 34000}}, {"", "Rich"}},
        {Drinks, "Cola", "2202", 18, 8, 0, A, {{"250", "ml", 2000}, {"750", "ml", 4000}, {"2", "l", 9500}}, {"", "Diet"}},
        {Drinks, "Juice", "2009", 12, 7, 0, A, {{"200", "ml", 2000}, {"1", "l", 11000}}, {"Mixed Fruit", "Mango", "Guava", "Orange", "Litchi"}},
        {Drinks, "Soda", "2202", 18, 6, 0, A, {{"300", "ml", 2000}, {"750", "ml", 4500}}, {"Lemon", "Jeera", "Club"}},
        {Drinks, "Coconut Water", "2202", 12, 5, 0, A, {{"200", "ml", 4500}, {"1", "l", 16000}}, {""}},
        {Water, "Packaged Drinking Water", "2201", 18, 9, 0, A, {{"500", "ml", 1000}, {"1", "l", 2000}, {"2", "l", 3000}}, {""}},
        {Water, "Mineral Water", "2201", 18, 5, 0, A, {{"1", "l", 2500}}, {"Natural", "Alkaline"}},

        {Bath, "Bathing Soap", "3401", 18, 6, 0, A, {{"100", "g", 4000}, {"4", "pc", 15000}}, {"Sandal", "Neem", "Rose", "Lime"}},
        {Bath, "Body Wash", "3401", 18, 3, 0, A, {{"250", "ml", 19900}}, {"Aloe", "Charcoal"}},
        {Bath, "Hand Wash", "3401", 18, 5, 0, A, {{"200", "ml", 9900}, {"750", "ml", 19900}}, {"Neem", "Lemon", "Aloe"}},
        {Bath, "Body Lotion", "3304", 18, 3, 0, H, {{"200", "ml", 22500}, {"400", "ml", 39900}}, {"Cocoa", "Aloe"}},
        {HairOral, "Shampoo", "3305", 18, 5, 0, A, {{"180", "ml", 15000}, {"340", "ml", 26000}, {"650", "ml", 47500}}, {"Anti Dandruff", "Smooth", "Herbal"}},
        {HairOral, "Hair Oil", "3305", 18, 5, 0, A, {{"100", "ml", 6500}, {"200", "ml", 12500}, {"500", "ml", 28000}}, {"Coconut", "Amla", "Almond"}},
        {HairOral, "Toothpaste", "3306", 18, 6, 0, A, {{"100", "g", 5500}, {"200", "g", 10500}}, {"Herbal", "Clove", "Whitening", "Sensitive"}},
        {HairOral, "Toothbrush", "9603", 18, 4, 0, A, {{"1", "pc", 3000}, {"4", "pc", 11000}}, {"Soft", "Medium"}},

        {Laundry, "Detergent Powder", "3402", 18, 6, 0, A, {{"500", "g", 6500}, {"1", "kg", 12500}, {"4", "kg", 47000}}, {"", "Lemon", "Matic"}},
        {Laundry, "Liquid Detergent", "3402", 18, 5, 0, A, {{"500", "ml", 11500}, {"1", "l", 22000}, {"2", "l", 42000}}, {"Front Load", "Top Load"}},
        {Laundry, "Detergent Bar", "3401", 18, 5, 0, A, {{"250", "g", 2500}, {"4", "pc", 9500}}, {""}},
        {Laundry, "Fabric Conditioner", "3809", 18, 3, 0, A, {{"400", "ml", 11000}, {"860", "ml", 22500}}, {"Rose", "Lily"}},
        {Cleaners, "Dishwash Bar", "3402", 18, 6, 0, A, {{"200", "g", 2000}, {"500", "g", 4800}}, {"Lemon", "Pudina"}},
        {Cleaners, "Dishwash Liquid", "3402", 18, 5, 0, A, {{"250", "ml", 5500}, {"750", "ml", 15000}}, {"Lemon", "Lime and Mint"}},
        {Cleaners, "Floor Cleaner", "3808", 18, 5, 0, A, {{"500", "ml", 10500}, {"1", "l", 19900}, {"2", "l", 38500}}, {"Citrus", "Lavender", "Pine"}},
        {Cleaners, "Toilet Cleaner", "3808", 18, 4, 0, A, {{"500", "ml", 9900}, {"1", "l", 18500}}, {"", "Thick"}},

        {Diapers, "Baby Diapers", "9619", 12, 4, 0, H, {{"20", "pc", 39900}, {"44", "pc", 79900}, {"72", "pc", 119900}}, {"New Born", "Small", "Medium", "Large", "XL"}},
        {Diapers, "Baby Wipes", "3401", 18, 4, 0, A, {{"72", "pc", 14900}}, {"Aloe", "Unscented"}},
        {BabyFood, "Baby Cereal", "1901", 18, 3, 0, H, {{"300", "g", 24500}}, {"Wheat Apple", "Rice", "Multigrain"}},
        {BabyFood, "Infant Formula", "1901", 18, 3, 0, H, {{"400", "g", 47500}}, {"Stage 1", "Stage 2", "Stage 3"}},

        {FrozenSnacks, "Frozen Peas", "0710", 5, 5, 0, F, {{"500", "g", 9500}, {"1", "kg", 18000}}, {""}},
        {FrozenSnacks, "Aloo Tikki", "2106", 12, 4, 0, F, {{"400", "g", 12000}}, {"", "Masala"}},
        {FrozenSnacks, "French Fries", "2004", 12, 5, 0, F, {{"420", "g", 11000}, {"750", "g", 17500}}, {"Classic", "Crinkle"}},
        {FrozenSnacks, "Momos", "1902", 12, 5, 0, F, {{"300", "g", 15000}}, {"Veg", "Paneer", "Chicken"}},
        {IceCream, "Ice Cream Tub", "2105", 18, 6, 0, F, {{"500", "ml", 15000}, {"1", "l", 26000}}, {"Vanilla", "Butterscotch", "Chocolate", "Kesar Pista", "Mango"}},
        {IceCream, "Kulfi", "2105", 18, 5, 0, F, {{"60", "ml", 3000}, {"4", "pc", 11000}}, {"Malai", "Kesar Pista", "Mango"}},
        {IceCream, "Ice Cream Cone", "2105", 18, 5, 0, F, {{"120", "ml", 5000}}, {"Chocolate", "Butterscotch"}},
    };
    // clang-format on
}

} // namespace

const DemoVocabulary &DemoVocabulary::instance()
{
    static const DemoVocabulary vocabulary;
    return vocabulary;
}

DemoVocabulary::DemoVocabulary()
{
    // clang-format off
    tops = {
        {"Staples", false},          {"Fruits & Vegetables", true}, {"Dairy & Eggs", true},
        {"Bakery", true},            {"Meat & Fish", true},         {"Snacks & Namkeen", false},
        {"Beverages", false},        {"Personal Care", false},      {"Household", false},
        {"Baby Care", false},        {"Frozen Foods", false},
    };
    // top, name, SKU code, essential, diet, catalog weight, brands
    leaves = {
        {Staples, "Atta & Flours", "ATF", true, 'v', 4, {"Sona Khet", "Annaram", "Rasoi Ratna", "Gehu Gold"}},
        {Staples, "Rice & Poha", "RIC", true, 'v', 4, {"Royal Kesar", "Kaveri Grains", "Sona Khet", "Annaram"}},
        {Staples, "Dals & Pulses", "DAL", true, 'v', 4, {"Desi Dana", "Kaveri Grains", "Annaram", "Rasoi Ratna"}},
        {Staples, "Edible Oils & Ghee", "OIL", true, 'v', 4, {"Dhanvi", "Surya Mukhi", "Shuddh Ghar", "Kachi Ghani Co."}},
        {Staples, "Salt, Sugar & Jaggery", "SSJ", true, 'v', 2, {"Namak Shakti", "Meetha Ghar", "Gaon Se"}},
        {Staples, "Masalas & Spices", "MSL", true, 'v', 5, {"Masala Mantra", "Swad Sagar", "Tadka Tales", "Rasoi Ratna"}},
        {Produce, "Fresh Fruits", "FRU", false, 'v', 2, {"Hariyali Farms", "Kisan Direct", "Bagaan Fresh"}},
        {Produce, "Fresh Vegetables", "VEG", false, 'v', 2, {"Hariyali Farms", "Kisan Direct", "Organic Bhoomi"}},
        {Produce, "Herbs & Leafy Greens", "HRB", false, 'v', 1, {"Hariyali Farms", "Organic Bhoomi"}},
        {Dairy, "Milk", "MLK", true, 'v', 2, {"Doodhwala", "Vrindavan Fresh", "Shwet Dhara", "Nirmal Dairy"}},
        {Dairy, "Curd, Paneer & Lassi", "CUR", false, 'v', 3, {"Doodhwala", "Vrindavan Fresh", "Malai Mahal"}},
        {Dairy, "Butter & Cheese", "BCH", false, 'v', 2, {"Shwet Dhara", "Malai Mahal", "Nirmal Dairy"}},
        {Dairy, "Eggs", "EGG", true, 'n', 1, {"Desi Anda Co.", "Poultry Fresh", "Farm Gold"}},
        {Bakery, "Bread & Buns", "BRD", true, 'v', 2, {"Toasty Town", "Golden Crust", "Roti Ghar"}},
        {Bakery, "Cakes & Rusks", "CAK", false, 'v', 2, {"Mithaas Bakers", "Golden Crust", "Chai Saathi"}},
        {Meat, "Chicken & Mutton", "CHM", false, 'n', 1, {"Meatwala", "Desi Murga", "Tender Farms"}},
        {Meat, "Fish & Seafood", "FSH", false, 'n', 1, {"Samudra Fresh", "Koliwada Catch", "Sagar Bounty"}},
        {Snacks, "Chips & Namkeen", "CHP", false, 'v', 5, {"Crunchwala", "Namak Mirch", "Bhujia House", "Chatpata"}},
        {Snacks, "Biscuits & Cookies", "BIS", false, 'v', 5, {"Biskit Baba", "Chai Saathi", "Crunchwala", "Golden Crust"}},
        {Snacks, "Chocolates & Sweets", "CHO", false, 'v', 4, {"Cocoa Kesar", "Mithai Mahal", "Meetha Ghar"}},
        {Beverages, "Tea & Coffee", "TEA", false, 'v', 4, {"Chai Chaska", "Kaapi Kadai", "Assam Valley", "Nilgiri Dew"}},
        {Beverages, "Soft Drinks & Juices", "SDJ", false, 'v', 4, {"Fizzup", "Rasila", "Nimbu Pani Co.", "Bagaan Fresh"}},
        {Beverages, "Packaged Water", "WAT", false, 'v', 1, {"Jal Shuddhi", "Himgiri Aqua", "Neer"}},
        {PersonalCare, "Bath & Body", "BAB", false, '-', 5, {"Chandan Veda", "Neem Tree", "Sundari", "Ayurmitra"}},
        {PersonalCare, "Hair & Oral Care", "HOC", false, '-', 5, {"Dantsure", "Ayurmitra", "Kesh Kala", "Neem Tree"}},
        {Household, "Detergents & Laundry", "DET", false, '-', 4, {"Chamak", "Safai Plus", "Jhatpat", "Ujjwal"}},
        {Household, "Cleaners & Dishwash", "CLN", false, '-', 4, {"Chamak", "Ghar Clean", "Safai Plus"}},
        {Baby, "Diapers & Wipes", "DPR", false, '-', 2, {"Nanhe Kadam", "Shishu Care", "Gudiya"}},
        {Baby, "Baby Food", "BFD", false, 'v', 1, {"Shishu Care", "Poshan Plus"}},
        {Frozen, "Frozen Snacks", "FRZ", false, 'v', 2, {"Thanda Ghar", "Himani Frozen", "Snackwala"}},
        {Frozen, "Ice Creams & Desserts", "ICE", false, 'v', 2, {"Kulfi Kingdom", "Thanda Ghar", "Malai Mahal"}},
    };
    kinds = makeKinds();
    kindsOfLeaf.resize(leaves.size());
    for (int k = 0; k < static_cast<int>(kinds.size()); ++k)
        kindsOfLeaf[static_cast<size_t>(kinds[static_cast<size_t>(k)].leaf)].push_back(k);
    for (const DemoLeafCategory &leaf : leaves)
        leafWeights.push_back(leaf.catalogWeight);

    firstNames = {"Aarav",  "Vivaan",  "Aditya", "Arjun",   "Ishaan",  "Rohan",  "Karthik", "Pranav",
                  "Siddharth", "Manish", "Rahul", "Vikram",  "Suresh",  "Ramesh", "Imran",   "Farhan",
                  "Joseph", "Gurpreet", "Harish", "Naveen", "Ananya",  "Diya",   "Priya",   "Kavya",
                  "Sneha",  "Pooja",   "Lakshmi", "Meera",  "Aisha",   "Fatima", "Neha",    "Shruti",
                  "Divya",  "Anjali",  "Swati",  "Nandini", "Bhavna",  "Riya",   "Sana",    "Tanvi"};
    lastNames = {"Sharma", "Verma",   "Iyer",     "Nair",      "Reddy",   "Rao",    "Patil",
                 "Deshmukh", "Kulkarni", "Joshi", "Gupta",     "Agarwal", "Mehta",  "Shah",
                 "Khan",   "Sheikh",  "D'Souza",  "Fernandes", "Singh",   "Gill",   "Banerjee",
                 "Chatterjee", "Das", "Menon",    "Pillai",    "Hegde",   "Shetty", "Gowda",
                 "Yadav",  "Mishra"};
    buildings = {"Sai Krupa Apartments", "Green Glen Residency", "Lakeview Heights",
                 "Shanti Niketan CHS",   "Sunshine Towers",      "Palm Grove",
                 "Silver Oak Enclave",   "Ganesh Kripa",         "Royal Residency",
                 "Orchid Woods"};
    cancelReasons = {"Customer cancelled", "Payment failed", "Items out of stock",
                     "Address not serviceable", "Duplicate order"};
    localities = {
        {{"Koramangala 1st Block", "560034"}, {"Koramangala 4th Block", "560034"},
         {"Koramangala 5th Block", "560095"}, {"Koramangala 6th Block", "560095"},
         {"ST Bed Layout", "560034"},         {"HSR Layout Sector 1", "560102"},
         {"Ejipura", "560047"},               {"BTM Layout 2nd Stage", "560076"},
         {"Madiwala", "560068"}},
        {{"Hiranandani Gardens", "400076"}, {"Powai Vihar", "400076"},
         {"Chandivali", "400072"},          {"IIT Market", "400076"},
         {"Saki Vihar Road", "400072"},     {"Kanjurmarg West", "400078"},
         {"Vikhroli West", "400079"},       {"Raheja Vihar", "400072"}},
    };
    // clang-format on
}

} // namespace stockroom
