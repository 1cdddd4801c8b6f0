#include "LanguageManager.h"
