import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('perplexity');
